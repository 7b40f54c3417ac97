import ArgumentParser
import Foundation
import SettleJob

// ArgumentParser exits 64 on a usage error; SPEC §5 says 2.
do {
    var command = try Settle.parseAsRoot()
    try command.run()
} catch {
    let code = Settle.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((Settle.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Settle.exit(withError: error)
}
