namespace Lanyard.Core.Casework;

/// <summary>Who an evidence pack is printed for; each sees only what it needs (see <see cref="EvidencePack.Build"/>).</summary>
public enum EvidencePackRecipient
{
    /// <summary>A platform asked to take content down. Written <c>platform-takedown</c>.</summary>
    PlatformTakedown,

    /// <summary>The police. Written <c>police</c>.</summary>
    Police,

    /// <summary>The local authority designated officer. Written <c>lado</c>.</summary>
    Lado,

    /// <summary>The Professionals Online Safety Helpline (UK Safer Internet Centre). Written <c>professionals-online-safety-helpline</c>.</summary>
    ProfessionalsOnlineSafetyHelpline,
}
