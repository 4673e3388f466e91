namespace Lanyard.Core.Connections;

/// <summary>What the role a pack names for advice said.</summary>
public enum AdviceOutcome
{
    /// <summary>The connection may go ahead.</summary>
    MayConnect,

    /// <summary>The connection should not go ahead.</summary>
    ShouldNotConnect,
}
