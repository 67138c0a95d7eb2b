using Interop.CodeGen;

if (args.Length != 3)
{
    Console.Error.WriteLine("usage: Interop.CodeGen <package folder> <output Generated folder> <namespace>");
    return 2;
}

var package = FhirPackage.Load(args[0]);
var model = ModelBuilder.Build(package);
var files = CSharpEmitter.Emit(model, args[2], package.Id, package.FhirVersion);
GeneratedFolder.Replace(args[1], files);
Console.WriteLine($"{package.Id}: wrote {files.Count} files to {args[1]}");
return 0;
