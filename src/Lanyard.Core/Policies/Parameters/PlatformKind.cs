namespace Lanyard.Core.Policies.Parameters;

/// <summary>A family of platforms a rule may treat differently.</summary>
public enum PlatformKind
{
    /// <summary>Professional networks such as LinkedIn. Written <c>professional-network</c>.</summary>
    ProfessionalNetwork,
}
