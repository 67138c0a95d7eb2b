namespace Interop.Fhir.FhirPath.Values;

/// <summary>
/// FHIRPath arithmetic on two System values: <c>+ - * / div mod</c> and unary minus, with the implicit conversions
/// Integer → Long → Decimal → Quantity. Overflow and division by zero give null (empty); operand types the operator does
/// not take throw <see cref="FhirPathErrorCodes.WrongOperandType"/>.
/// </summary>
internal static partial class SystemArithmetic
{
    private enum Operation
    {
        Add,
        Subtract,
        Multiply,
        Divide,
        Div,
        Mod,
    }

    /// <summary>Numbers and quantities add; strings concatenate; a date, date-time or time moves by a time quantity.</summary>
    public static object? Add(object a, object b) => a is string s && b is string t
        ? string.Concat(s, t)
        : AddOrSubtract(a, b, Operation.Add);

    /// <summary>Numbers and quantities subtract; a date, date-time or time moves back by a time quantity.</summary>
    public static object? Subtract(object a, object b) => AddOrSubtract(a, b, Operation.Subtract);

    /// <summary>Numbers multiply in their common type; quantities multiply their units.</summary>
    public static object? Multiply(object a, object b) => Calculate(a, b, Operation.Multiply);

    /// <summary>Numbers divide to a decimal; quantities divide their units; null on division by zero.</summary>
    public static object? Divide(object a, object b) => Calculate(a, b, Operation.Divide);

    /// <summary>Truncated division of Integer, Long or Decimal; null on division by zero.</summary>
    public static object? Div(object a, object b) => Calculate(a, b, Operation.Div);

    /// <summary>The remainder of truncated division of Integer, Long or Decimal; null on division by zero.</summary>
    public static object? Mod(object a, object b) => Calculate(a, b, Operation.Mod);

    /// <summary>Unary minus of a number or quantity; null when the result does not fit (<c>-(-2147483648)</c>).</summary>
    public static object? Negate(object a) => a switch
    {
        int i => i == int.MinValue ? null : -i,
        long l => l == long.MinValue ? null : -l,
        decimal d => -d,
        FhirPathQuantity q => new FhirPathQuantity(-q.Value, q.Unit),
        _ => throw WrongType("-", a, null),
    };

    private static object? AddOrSubtract(object a, object b, Operation operation)
    {
        if (b is FhirPathQuantity quantity)
        {
            switch (a)
            {
                case FhirPathDate date:
                    return DateArithmetic.Add(date.Parts, quantity, operation == Operation.Subtract, DateKind.Date);
                case FhirPathDateTime dateTime:
                    return DateArithmetic.Add(dateTime.Parts, quantity, operation == Operation.Subtract, DateKind.DateTime);
                case FhirPathTime time:
                    return DateArithmetic.Add(time.Parts, quantity, operation == Operation.Subtract, DateKind.Time);
            }
        }

        return Calculate(a, b, operation);
    }

    private static object? Calculate(object a, object b, Operation operation)
    {
        if (ImplicitConversion.IsNumber(a) && ImplicitConversion.IsNumber(b))
        {
            return Numbers(a, b, operation);
        }

        if (operation is not (Operation.Div or Operation.Mod) && ImplicitConversion.TryGetQuantities(a, b, out var x, out var y))
        {
            return operation switch
            {
                Operation.Add => QuantityArithmetic.Add(x, y, subtract: false),
                Operation.Subtract => QuantityArithmetic.Add(x, y, subtract: true),
                _ => QuantityArithmetic.Multiply(x, y, divide: operation == Operation.Divide),
            };
        }

        throw WrongType(Symbol(operation), a, b);
    }

    private static object? Numbers(object a, object b, Operation operation)
    {
        try
        {
            if (operation == Operation.Divide || a is decimal || b is decimal)
            {
                var x = ImplicitConversion.ToDecimal(a);
                var y = ImplicitConversion.ToDecimal(b);
                return operation switch
                {
                    Operation.Add => x + y,
                    Operation.Subtract => x - y,
                    Operation.Multiply => x * y,
                    _ when y == 0 => null,
                    Operation.Divide => x / y,
                    Operation.Div => decimal.Truncate(x / y),
                    _ => x % y,
                };
            }

            if (a is int i && b is int j)
            {
                return operation switch
                {
                    Operation.Add => checked(i + j),
                    Operation.Subtract => checked(i - j),
                    Operation.Multiply => checked(i * j),
                    _ when j == 0 => null,
                    Operation.Div => checked(i / j),
                    _ => i % j,
                };
            }

            long l = a is int ai ? ai : (long)a, m = b is int bi ? bi : (long)b;
            return operation switch
            {
                Operation.Add => checked(l + m),
                Operation.Subtract => checked(l - m),
                Operation.Multiply => checked(l * m),
                _ when m == 0 => null,
                Operation.Div => checked(l / m),
                _ => l % m,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }




    private static string Symbol(Operation operation) => operation switch
    {
        Operation.Add => "+",
        Operation.Subtract => "-",
        Operation.Multiply => "*",
        Operation.Divide => "/",
        Operation.Div => "div",
        _ => "mod",
    };

    private static FhirPathException WrongType(string symbol, object a, object? b) => new(
        FhirPathErrorCodes.WrongOperandType,
        b is null
            ? $"Operator '{symbol}' cannot take a {SystemTypes.NameOf(a)}."
            : $"Operator '{symbol}' cannot take a {SystemTypes.NameOf(a)} and a {SystemTypes.NameOf(b)}.");
}
