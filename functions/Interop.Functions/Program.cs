var app = WebApplication.CreateBuilder(args).Build();
app.Run();

/// <summary>The host's entry point, visible to in-memory host tests.</summary>
public partial class Program;
