namespace Lanyard.Core.Policies.Parameters;

/// <summary>A factor weighed when judging how serious a breach is (§3 row 23).</summary>
public enum SeriousnessFactor
{
    /// <summary>The nature of the content. Written <c>nature</c>.</summary>
    Nature,

    /// <summary>How long it was visible. Written <c>time-visible</c>.</summary>
    TimeVisible,

    /// <summary>The chance it is recirculated. Written <c>recirculation-potential</c>.</summary>
    RecirculationPotential,

    /// <summary>Its impact on the school or individuals. Written <c>impact</c>.</summary>
    Impact,

    /// <summary>Whether it was deliberate. Written <c>deliberateness</c>.</summary>
    Deliberateness,
}
