namespace Interop.Mappings.Stu3ToR4;

/// <summary>Carries one STU3 element whose name, type or meaning changed in R4.</summary>
internal delegate void ElementRule(RuleContext context);
