namespace Lanyard.Core.Policies.Parameters;

/// <summary>How staff confirm they know the policy (§3 row 30).</summary>
public enum DeclarationKind
{
    /// <summary>A signed declaration per version. Written <c>read-and-sign</c>.</summary>
    ReadAndSign,

    /// <summary>An acknowledgement that they know the contents; no signature. Written <c>acknowledgement</c>.</summary>
    Acknowledgement,

    /// <summary>Managers make sure their staff understand; no individual record required by the policy. Written <c>manager-ensures-understanding</c>.</summary>
    ManagerEnsuresUnderstanding,
}
