namespace Lanyard.Core.Casework;

/// <summary>What a piece of evidence is.</summary>
public enum EvidenceKind
{
    /// <summary>A screenshot or screen print. Written <c>screenshot</c>.</summary>
    Screenshot,

    /// <summary>A web address. Written <c>url</c>.</summary>
    Url,

    /// <summary>A message (text, email, direct message, voicemail). Written <c>message</c>.</summary>
    Message,

    /// <summary>A document. Written <c>document</c>.</summary>
    Document,

    /// <summary>Something physical held by the school (a device, a printout), recorded but not uploaded. Written <c>physical</c>.</summary>
    Physical,
}
