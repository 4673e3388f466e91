namespace Lanyard.Core.Users;

/// <summary>An account's lockout counters after a failed sign-in was recorded.</summary>
/// <param name="FailedSignIns">Consecutive wrong passwords still counting towards a lockout (0 once locked).</param>
/// <param name="LockedUntil">When the lockout ends, or null when the account is not locked.</param>
public sealed record LockoutState(int FailedSignIns, DateTimeOffset? LockedUntil);
