namespace Lanyard.Core.Accounts;

/// <summary>
/// Someone confirmed an account's register entry is still true: who, on what day, and when it is
/// next to be confirmed. Kept as history, so the register can show who vouched for an entry and when.
/// </summary>
public sealed record AttestationRecord
{
    /// <summary>Records an attestation.</summary>
    /// <param name="attestedBy">Who confirmed the entry.</param>
    /// <param name="attestedOn">The day they confirmed it.</param>
    /// <param name="nextAttestationOn">When it is next to be confirmed; after <paramref name="attestedOn"/>.</param>
    /// <param name="note">Anything they noted, e.g. an admin who has left.</param>
    /// <exception cref="ArgumentException">The next date is not after the attestation, or the note is longer than 2,000 characters.</exception>
    public AttestationRecord(AccountPerson attestedBy, DateOnly attestedOn, DateOnly nextAttestationOn, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(attestedBy);
        if (nextAttestationOn <= attestedOn)
        {
            throw new ArgumentException($"The next attestation must come after this one ({AccountWording.Date(attestedOn)}).", nameof(nextAttestationOn));
        }

        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed is { Length: > 2000 })
        {
            throw new ArgumentException("A note must be 2,000 characters or fewer.", nameof(note));
        }

        AttestedBy = attestedBy;
        AttestedOn = attestedOn;
        NextAttestationOn = nextAttestationOn;
        Note = trimmed;
    }

    /// <summary>Who confirmed the entry.</summary>
    public AccountPerson AttestedBy { get; }

    /// <summary>The day they confirmed it.</summary>
    public DateOnly AttestedOn { get; }

    /// <summary>When the entry is next to be confirmed.</summary>
    public DateOnly NextAttestationOn { get; }

    /// <summary>Their note, when they made one.</summary>
    public string? Note { get; }
}
