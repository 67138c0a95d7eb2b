namespace Interop.Mappings.DischargeMedicines;

/// <summary>The stable codes of Discharge Medicines mapping failures.</summary>
public static class DischargeMedicinesFailureCodes
{
    /// <summary>The input is not a discharge document: not a <c>document</c> Bundle, no Composition first, or no document identifier.</summary>
    public const string NotADischargeDocument = "DMS001";

    /// <summary>The Composition's subject is not a Patient in the document.</summary>
    public const string NoPatient = "DMS002";

    /// <summary>The Composition has no custodian or author Organization in the document: no discharging organisation.</summary>
    public const string NoDischargingOrganisation = "DMS003";

    /// <summary>No MedicationStatement or MedicationRequest is referenced from the Composition's sections.</summary>
    public const string NoMedicines = "DMS004";

    /// <summary>The patient has no nominated pharmacy: a routing failure, the referral is not sent.</summary>
    public const string NoNominatedPharmacy = "DMS005";

    /// <summary>The patient's registered GP practice is not known: the GP copy is not sent.</summary>
    public const string NoRegisteredGp = "DMS006";

    /// <summary>A medicine's change status is in no code system the ConceptMap knows.</summary>
    public const string UnknownChangeStatus = "DMS007";
}
