using Microsoft.Extensions.Options;

namespace Interop.Functions.Limits;

/// <summary>Refuses to start a host whose limits would refuse everything or nothing.</summary>
internal sealed class InteropLimitsOptionsValidator : IValidateOptions<InteropLimitsOptions>
{
    private const string Section = InteropLimitsOptions.SectionName;

    /// <summary>The longest request timeout accepted; longer ones hide hung requests.</summary>
    public static readonly TimeSpan MaxRequestTimeout = TimeSpan.FromMinutes(10);

    public ValidateOptionsResult Validate(string? name, InteropLimitsOptions options)
    {
        var failures = new List<string>();
        if (options.MaxBodyBytes <= 0)
        {
            failures.Add($"{Section}:{nameof(options.MaxBodyBytes)} must be greater than 0.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > MaxRequestTimeout)
        {
            failures.Add($"{Section}:{nameof(options.RequestTimeout)} must be greater than 0 and at most {MaxRequestTimeout}.");
        }

        if (options.PermitsPerSecond <= 0)
        {
            failures.Add($"{Section}:{nameof(options.PermitsPerSecond)} must be greater than 0.");
        }

        if (options.Burst < options.PermitsPerSecond)
        {
            failures.Add($"{Section}:{nameof(options.Burst)} must be at least {nameof(options.PermitsPerSecond)}, or a client could never use its whole rate.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
