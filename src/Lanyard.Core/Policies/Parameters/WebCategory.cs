namespace Lanyard.Core.Policies.Parameters;

/// <summary>A category of web content a pack forbids (§3 row 15); mapped to filter list categories by the usage checks.</summary>
public enum WebCategory
{
    /// <summary>Pornography, adult and mature content. Written <c>adult</c>.</summary>
    Adult,

    /// <summary>Gambling and betting. Written <c>gambling</c>.</summary>
    Gambling,

    /// <summary>Gaming (ambiguous: betting games or all video games). Written <c>gaming</c>.</summary>
    Gaming,

    /// <summary>Alcohol and tobacco. Written <c>alcohol-tobacco</c>.</summary>
    AlcoholTobacco,

    /// <summary>Illegal drugs. Written <c>illegal-drugs</c>.</summary>
    IllegalDrugs,

    /// <summary>Auction sites. Written <c>auctions</c>.</summary>
    Auctions,

    /// <summary>Violence, hate and racism. Written <c>violence-hate</c>.</summary>
    ViolenceHate,

    /// <summary>Weapons. Written <c>weapons</c>.</summary>
    Weapons,

    /// <summary>Sites doing or encouraging illegal activity. Written <c>illegal-activity</c>.</summary>
    IllegalActivity,

    /// <summary>Illegal file sharing. Written <c>illegal-file-sharing</c>.</summary>
    IllegalFileSharing,

    /// <summary>Hostile material about protected characteristics or beliefs. Written <c>offensive-material</c>.</summary>
    OffensiveMaterial,
}
