namespace Lanyard.Core.Casework.Letters;

/// <summary>A template filled with a case's values.</summary>
/// <param name="Text">The letter, with any unfilled placeholder left as written.</param>
/// <param name="Unfilled">The placeholders still unfilled, in order of first use; a letter with any cannot be issued.</param>
public sealed record RenderedLetter(string Text, IReadOnlyList<string> Unfilled)
{
    /// <summary>True when every placeholder is filled.</summary>
    public bool IsComplete => Unfilled.Count == 0;
}
