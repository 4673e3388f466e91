namespace Lanyard.Core.Checking.Language;

/// <summary>What a normalised character was before folding, so a matcher can try alternative readings.</summary>
[Flags]
internal enum CharFlags : byte
{
    None = 0,

    /// <summary>A letter in the original.</summary>
    Letter = 1,

    /// <summary>An ASCII digit in the original.</summary>
    Digit = 2,

    /// <summary><c>@</c>, <c>$</c> or <c>!</c> in the original.</summary>
    Symbol = 4,

    /// <summary>A <c>*</c> standing for a hidden letter.</summary>
    Star = 8,

    /// <summary>The second letter of a run of three or more that was cut to two; dropping it gives the run cut to one.</summary>
    Stretched = 16,

    /// <summary>A <c>1</c> read as <c>i</c> that could also be an <c>l</c>.</summary>
    OneAsI = 32,

    /// <summary>The space between two words.</summary>
    Space = 64,
}
