namespace EGov.Collab.Domain.Learning;

public enum CohortKind
{
    /// <summary>Learners study online at their own pace within the cohort's dates.</summary>
    SelfPaced = 1,

    /// <summary>Regional training run by a trainer, who marks attendance and may issue certificates.</summary>
    TrainerLed = 2,

    /// <summary>The academy trains trainers; graduates receive the trainer-consultant certificate.</summary>
    TrainingOfTrainers = 3,
}

public enum CertificateKind
{
    CourseCompletion = 1,
    TrainerConsultant = 2,
}
