namespace Interop.Cli.Load;

/// <summary>Checks <see cref="LoadSettings"/> before anything is sent.</summary>
internal static class LoadSettingsValidator
{
    /// <summary>Every problem with <paramref name="settings"/>, as lines for the user; empty when it can run.</summary>
    public static IReadOnlyList<string> Validate(LoadSettings settings)
    {
        var errors = new List<string>();
        if (!settings.Url.IsAbsoluteUri || settings.Url.Scheme is not ("http" or "https"))
        {
            errors.Add("--url must be an absolute http or https address");
        }

        if (settings.Messages is < 1 or > LoadLimits.MaxMessages)
        {
            errors.Add($"--messages must be from 1 to {LoadLimits.MaxMessages}");
        }

        if (settings.Warmup is < 0 or > LoadLimits.MaxMessages)
        {
            errors.Add($"--warmup must be from 0 to {LoadLimits.MaxMessages}");
        }

        if (settings.Rate is null == settings.Concurrency is null)
        {
            errors.Add("give exactly one of --rate and --concurrency");
        }

        if (settings.Rate is { } rate && (double.IsNaN(rate) || rate <= 0 || rate > LoadLimits.MaxRate))
        {
            errors.Add($"--rate must be more than 0 and at most {LoadLimits.MaxRate} messages a second");
        }

        if (settings.Concurrency is < 1 or > LoadLimits.MaxConcurrency)
        {
            errors.Add($"--concurrency must be from 1 to {LoadLimits.MaxConcurrency}");
        }

        if (string.IsNullOrWhiteSpace(settings.Client) || string.IsNullOrWhiteSpace(settings.Operator))
        {
            errors.Add("--client and --operator must name clients");
        }

        if (settings.HostPid is <= 0)
        {
            errors.Add("--host-pid must be a process id");
        }

        return errors;
    }
}
