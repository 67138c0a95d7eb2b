namespace Interop.Fhir.FhirPath;

/// <summary>The stable codes of FHIRPath problems: FP1xx syntax, FP2xx semantic, FP3xx execution.</summary>
public static class FhirPathErrorCodes
{
    /// <summary>A character that cannot start any token.</summary>
    public const string UnexpectedCharacter = "FP100";

    /// <summary>A token where the grammar does not allow it.</summary>
    public const string UnexpectedToken = "FP101";

    /// <summary>A string, delimited identifier or environment variable name without its closing quote.</summary>
    public const string UnterminatedLiteral = "FP102";

    /// <summary>A <c>/*</c> comment without its <c>*/</c>.</summary>
    public const string UnterminatedComment = "FP103";

    /// <summary>An escape sequence the grammar does not define.</summary>
    public const string InvalidEscape = "FP104";

    /// <summary>A date, date-time or time literal that is not a valid value.</summary>
    public const string InvalidDateTimeLiteral = "FP105";

    /// <summary>A number or quantity literal that is not valid (unit not a quoted UCUM unit or calendar keyword).</summary>
    public const string InvalidQuantityLiteral = "FP106";

    /// <summary>The expression ends where more is needed.</summary>
    public const string UnexpectedEnd = "FP107";

    /// <summary>The expression nests deeper than the parser allows.</summary>
    public const string TooDeep = "FP108";

    /// <summary>An empty expression.</summary>
    public const string EmptyExpression = "FP109";

    /// <summary>A function the engine does not know.</summary>
    public const string UnknownFunction = "FP200";

    /// <summary>A function called with the wrong number of arguments.</summary>
    public const string WrongArgumentCount = "FP201";

    /// <summary>In strict mode: an element that the type in focus does not have, or a type name that is not the context's.</summary>
    public const string UnknownElement = "FP202";

    /// <summary>In strict mode: a type name in <c>is</c>, <c>as</c> or <c>ofType</c> that is not a FHIR or System type.</summary>
    public const string UnknownType = "FP203";

    /// <summary>An environment variable that is neither built in nor supplied.</summary>
    public const string UnknownVariable = "FP204";

    /// <summary>An argument or operand whose type can never be right (a non-boolean <c>iif</c> criterion).</summary>
    public const string WrongArgumentType = "FP205";

    /// <summary>In strict mode: an order-dependent function applied to an unordered collection.</summary>
    public const string UnorderedCollection = "FP206";

    /// <summary>An argument that is invalid whatever the input (a malformed regular expression literal).</summary>
    public const string InvalidArgument = "FP207";

    /// <summary>More than one item where the operation needs a single one.</summary>
    public const string SingletonExpected = "FP300";

    /// <summary>An operand or argument of a type the operation cannot take.</summary>
    public const string WrongOperandType = "FP301";

    /// <summary>Evaluation took more steps than allowed.</summary>
    public const string StepLimit = "FP302";

    /// <summary>Evaluation recursed deeper than allowed.</summary>
    public const string DepthLimit = "FP303";

    /// <summary>Evaluation ran longer than allowed.</summary>
    public const string TimeLimit = "FP304";

    /// <summary>An argument value that is invalid on this input (a regular expression built from data).</summary>
    public const string InvalidArgumentValue = "FP305";

    /// <summary>A function needs a service (terminology, profiles) that was not supplied.</summary>
    public const string ServiceUnavailable = "FP306";

    /// <summary>A literal whose value is not valid (a time with a zone, 30 February), found when it is evaluated.</summary>
    public const string InvalidLiteralValue = "FP307";

    /// <summary>In lenient mode: a type name in <c>is</c>, <c>as</c> or <c>ofType</c> that is neither FHIR nor System, found when evaluated.</summary>
    public const string UnknownTypeAtRuntime = "FP308";

    /// <summary>The kind of problem a code stands for.</summary>
    public static FhirPathErrorKind KindOf(string code) => code.AsSpan(2, 1) switch
    {
        "1" => FhirPathErrorKind.Syntax,
        "2" => FhirPathErrorKind.Semantic,
        _ => FhirPathErrorKind.Execution,
    };
}
