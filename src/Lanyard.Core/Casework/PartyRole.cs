namespace Lanyard.Core.Casework;

/// <summary>The part a person plays in a case.</summary>
public enum PartyRole
{
    /// <summary>The person the concern is about, or the victim. Written <c>subject</c>.</summary>
    Subject,

    /// <summary>The person said to be responsible. Written <c>alleged-perpetrator</c>.</summary>
    AllegedPerpetrator,

    /// <summary>Someone who saw it. Written <c>witness</c>.</summary>
    Witness,

    /// <summary>The person who reported it. Written <c>reporter</c>.</summary>
    Reporter,
}
