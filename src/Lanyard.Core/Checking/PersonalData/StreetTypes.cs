namespace Lanyard.Core.Checking.PersonalData;

/// <summary>
/// The street-type words that end a UK street name, split by how safe they are: "Road" after a
/// number and a capitalised word is almost always an address, while "Way", "Park" or "Hill" are
/// ordinary English too ("3 Pupils Way to school"), so they need more evidence.
/// </summary>
internal static class StreetTypes
{
    private static readonly string[] Unambiguous =
    [
        "road", "rd", "street", "st", "lane", "ln", "avenue", "ave", "crescent", "cres", "terrace", "terr", "tce",
        "gdns", "mews", "boulevard", "esplanade", "promenade", "embankment", "cl", "ct", "pl", "sq", "wynd",
    ];

    private static readonly string[] Ambiguous =
    [
        "close", "drive", "dr", "way", "place", "court", "gardens", "grove", "hill", "park", "square", "row", "view",
        "walk", "rise", "green", "gate", "yard", "mount", "vale", "chase", "croft", "fold", "brow", "meadows",
        "approach", "parade", "circus", "quay", "wharf", "broadway", "mall", "parkway",
    ];

    private static readonly WordSet Types = new(
        Unambiguous.Select(w => KeyValuePair.Create(w, 1)).Concat(Ambiguous.Select(w => KeyValuePair.Create(w, 2))));

    /// <summary>
    /// 0 when <paramref name="word"/> is not a street type, 1 when it is an unambiguous one, 2 when
    /// it is also an everyday word.
    /// </summary>
    public static int Classify(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 10)
        {
            return 0;
        }

        return Types.Find(word);
    }

    /// <summary>"St" and "Dr" are also Saint and Doctor when a name follows.</summary>
    public static bool IsTitleAbbreviation(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("dr", StringComparison.OrdinalIgnoreCase);
}
