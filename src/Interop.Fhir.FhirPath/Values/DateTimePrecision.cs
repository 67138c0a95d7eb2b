namespace Interop.Fhir.FhirPath.Values;

/// <summary>The finest component a FHIRPath date, date-time or time value states, from year down to millisecond.</summary>
public enum DateTimePrecision
{
    /// <summary>Only the year.</summary>
    Year,

    /// <summary>Year and month.</summary>
    Month,

    /// <summary>Year, month and day.</summary>
    Day,

    /// <summary>Down to the hour.</summary>
    Hour,

    /// <summary>Down to the minute.</summary>
    Minute,

    /// <summary>Down to the second.</summary>
    Second,

    /// <summary>Down to the millisecond (any fraction of a second).</summary>
    Millisecond,
}
