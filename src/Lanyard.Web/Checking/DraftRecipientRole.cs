namespace Lanyard.Web.Checking;

/// <summary>Who receives a direct message.</summary>
internal enum DraftRecipientRole
{
    /// <summary>A pupil.</summary>
    Pupils,

    /// <summary>A parent or carer.</summary>
    Parents,

    /// <summary>A member of staff.</summary>
    Staff,
}
