namespace Lanyard.Core.Audit;

/// <summary>
/// One link of the audit chain as stored: the event, its place in the log, the hash of the entry
/// before it and its own hash, which covers both (see <see cref="AuditChain"/>).
/// </summary>
/// <param name="Sequence">Its position in the log, counting from 1 with no gaps.</param>
/// <param name="Event">What happened.</param>
/// <param name="PreviousHash">The hash of the entry before it (<see cref="AuditChain.GenesisHash"/> for the first).</param>
/// <param name="Hash">SHA-256, lower-case hex, of <paramref name="PreviousHash"/> followed by the event's canonical text.</param>
public sealed record AuditEntry(long Sequence, AuditEvent Event, string PreviousHash, string Hash);
