using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Casework.Letters;

/// <summary>A letter a pack offers, and the ladder step (and clause) it comes from.</summary>
/// <param name="Kind">The letter.</param>
/// <param name="Step">The parent-post ladder step the letter carries out.</param>
/// <param name="Clause">The clause that sets the step.</param>
public sealed record LetterOffer(LetterKind Kind, EscalationStepKind Step, string Clause);
