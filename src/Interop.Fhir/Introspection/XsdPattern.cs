using System.Text;

namespace Interop.Fhir.Introspection;

/// <summary>
/// Translates the regular expressions of FHIR definitions, written in XML Schema's dialect, to .NET's:
/// there <c>\s</c> is only space, tab, CR and LF, while .NET's also matches Unicode spaces such as U+00A0.
/// </summary>
internal static class XsdPattern
{
    private const string Whitespace = @" \t\n\r";

    public static string ToDotNet(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var classStart = -1;
        var classHasNonSpace = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                switch (next)
                {
                    case 's':
                        result.Append(classStart < 0 ? $"[{Whitespace}]" : Whitespace);
                        break;
                    case 'S' when classStart < 0:
                        result.Append($"[^{Whitespace}]");
                        break;
                    case 'S':
                        classHasNonSpace = true;
                        break;
                    default:
                        result.Append('\\').Append(next);
                        break;
                }

                continue;
            }

            if (c == '[' && classStart < 0)
            {
                classStart = result.Length;
                classHasNonSpace = false;
            }
            else if (c == ']' && classStart >= 0)
            {
                if (classHasNonSpace)
                {
                    // A class with \S in it ([ \r\n\t\S] for string) holds every character but whitespace plus what else
                    // it lists; FHIR only ever lists the whitespace itself, which makes it "any character".
                    result.Length = classStart;
                    result.Append(@"[\s\S]");
                    classStart = -1;
                    continue;
                }

                classStart = -1;
            }

            result.Append(c);
        }

        return result.ToString();
    }
}
