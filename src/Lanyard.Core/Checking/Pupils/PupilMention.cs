namespace Lanyard.Core.Checking.Pupils;

/// <summary>Where the text names a pupil on the roster.</summary>
/// <param name="Start">Start in the original text.</param>
/// <param name="Length">Length in the original text.</param>
/// <param name="Candidates">The pupils it can be: one for a full name, possibly several for a first name.</param>
/// <param name="FullName">True for a first name with a surname (or its initial); false for a first name alone.</param>
public sealed record PupilMention(int Start, int Length, IReadOnlyList<Pupil> Candidates, bool FullName);
