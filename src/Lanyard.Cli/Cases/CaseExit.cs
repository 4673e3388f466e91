namespace Lanyard.Cli.Cases;

/// <summary>The exit codes of <c>lanyard cases …</c>, as the other commands use them.</summary>
internal static class CaseExit
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>Refused by the use case (not allowed now, not found, a field missing); nothing was written.</summary>
    public const int Refused = 1;

    /// <summary>The command line itself is wrong (an unknown account, type, step, or a malformed value).</summary>
    public const int Usage = 2;
}
