namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>The types of the System namespace.</summary>
internal enum SystemType
{
    /// <summary>System.Boolean</summary>
    Boolean,

    /// <summary>System.Integer</summary>
    Integer,

    /// <summary>System.Long</summary>
    Long,

    /// <summary>System.Decimal</summary>
    Decimal,

    /// <summary>System.String</summary>
    String,

    /// <summary>System.Date</summary>
    Date,

    /// <summary>System.DateTime</summary>
    DateTime,

    /// <summary>System.Time</summary>
    Time,

    /// <summary>System.Quantity</summary>
    Quantity,
}
