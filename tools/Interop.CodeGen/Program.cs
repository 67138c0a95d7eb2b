using Interop.CodeGen;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Interop.CodeGen <package folder> <output Generated folder> <namespace>");
    return 2;
}

var files = Generator.Generate(args[0], args[2]);
GeneratedFolder.Replace(args[1], files);
Console.WriteLine($"wrote {files.Count} files to {args[1]}");
return 0;
