namespace Lanyard.Core.Audit;

/// <summary>What checking the audit chain found: intact, or the first link that does not hold.</summary>
/// <param name="Intact">True when every entry read chains to the one before it and matches its own hash.</param>
/// <param name="Entries">How many entries were checked (up to and including the broken one).</param>
/// <param name="LastHash">The hash of the last entry that checked out (<see cref="AuditChain.GenesisHash"/> when none did).</param>
/// <param name="BrokenAt">The sequence number of the first broken link, when there is one.</param>
/// <param name="Problem">What is wrong with it, naming the expected and the found value; no event contents.</param>
public sealed record AuditVerification(bool Intact, long Entries, string LastHash, long? BrokenAt, string? Problem);
