namespace Lanyard.Core.Connections;

/// <summary>Who the other person is to the school, which decides which of the pack's rules can apply.</summary>
public enum ConnectionSubjectKind
{
    /// <summary>A pupil on the school's roll today.</summary>
    CurrentPupil,

    /// <summary>A pupil who has left the school.</summary>
    FormerPupil,

    /// <summary>A parent, carer, guardian or other family member of one or more pupils or former pupils.</summary>
    PupilFamilyMember,

    /// <summary>Another member of staff.</summary>
    Colleague,

    /// <summary>Anyone with no recorded link to the school.</summary>
    OtherPerson,
}
