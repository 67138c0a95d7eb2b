return Interop.Cli.InteropCli.Run(args, Console.Out, Console.Error);
