namespace Lanyard.Web.Users;

/// <summary>
/// Sign-in log messages. They name the account by its id only: never an email address, a name or
/// anything typed into the form, so the log holds no personal data and no password.
/// </summary>
internal static partial class SignInLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in: user {UserId} signed in")]
    public static partial void SignedIn(ILogger logger, long userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: wrong password for user {UserId}")]
    public static partial void WrongPassword(ILogger logger, long userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: no account has the email given, or none was given")]
    public static partial void UnknownEmail(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: user {UserId} locked out until {LockedUntil:O} after too many wrong passwords")]
    public static partial void LockedNow(ILogger logger, long userId, DateTimeOffset lockedUntil);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in refused: user {UserId} is locked out until {LockedUntil:O}")]
    public static partial void StillLocked(ILogger logger, long userId, DateTimeOffset lockedUntil);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-out: user {UserId} signed out")]
    public static partial void SignedOut(ILogger logger, long? userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in ended: user {UserId} no longer has an account")]
    public static partial void AccountGone(ILogger logger, long? userId);
}
