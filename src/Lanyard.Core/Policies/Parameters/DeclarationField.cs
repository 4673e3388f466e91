namespace Lanyard.Core.Policies.Parameters;

/// <summary>A field a signed declaration captures.</summary>
public enum DeclarationField
{
    /// <summary>Printed name. Written <c>printed-name</c>.</summary>
    PrintedName,

    /// <summary>Department. Written <c>department</c>.</summary>
    Department,

    /// <summary>Signature. Written <c>signature</c>.</summary>
    Signature,

    /// <summary>Date. Written <c>date</c>.</summary>
    Date,
}
