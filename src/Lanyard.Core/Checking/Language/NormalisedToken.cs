namespace Lanyard.Core.Checking.Language;

/// <summary>One word of a <see cref="NormalisedText"/>: where it sits in the normalised text.</summary>
/// <param name="Start">Index of its first character in <see cref="NormalisedText.Text"/>.</param>
/// <param name="Length">Its length in the normalised text.</param>
public readonly record struct NormalisedToken(int Start, int Length)
{
    /// <summary>Index just past its last character in the normalised text.</summary>
    public int End => Start + Length;
}
