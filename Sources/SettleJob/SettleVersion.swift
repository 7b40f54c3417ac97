/// This build's version, printed by `settle --version` and stored with every run.
public enum SettleVersion {
    public static let current = "0.4.0"
}
