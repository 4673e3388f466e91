namespace Lanyard.Core.Policies.Parameters;

/// <summary>Conduct that brings in the police (§3 row 20).</summary>
public enum PoliceTriggerKind
{
    /// <summary>Conduct judged illegal. Written <c>illegal-conduct</c>.</summary>
    IllegalConduct,

    /// <summary>Unlawful content or use. Written <c>unlawful-content</c>.</summary>
    UnlawfulContent,

    /// <summary>Content that is illegal or threatens physical or sexual harm. Written <c>illegal-or-threatens-harm</c>.</summary>
    IllegalOrThreatensHarm,

    /// <summary>Indecent images of children. Written <c>indecent-images-of-children</c>.</summary>
    IndecentImagesOfChildren,

    /// <summary>Suspected harassment or other crime. Written <c>harassment</c>.</summary>
    Harassment,

    /// <summary>A racial or homophobic element. Written <c>racial-or-homophobic</c>.</summary>
    RacialOrHomophobic,

    /// <summary>Gross obscenity. Written <c>gross-obscenity</c>.</summary>
    GrossObscenity,

    /// <summary>Threats of violence. Written <c>threat-of-violence</c>.</summary>
    ThreatOfViolence,

    /// <summary>Threatening, abusive, sexist or sexual comments or hate crime. Written <c>threatening-abusive-sexist-sexual-or-hate</c>.</summary>
    ThreateningAbusiveSexistSexualOrHate,

    /// <summary>A pupil's conduct where a crime may have been committed. Written <c>pupil-possible-crime</c>.</summary>
    PupilPossibleCrime,

    /// <summary>Misuse investigated by police or social care. Written <c>misuse</c>.</summary>
    Misuse,
}
