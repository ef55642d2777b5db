import Foundation

/// Checks a path before anything is read and reads it within the size limit, mapping every
/// operating-system failure to one clear `InputError`.
enum FileReading {
    /// Follows symlinks; refuses what is not a readable regular file.
    static func check(_ path: String, limits: InputLimits) throws(InputError) -> Int {
        var st = stat()
        if stat(path, &st) != 0 {
            let e = errno
            switch e {
            case ELOOP: throw InputError(file: path, .symlinkLoop)
            case ENOENT, ENOTDIR: throw InputError(file: path, .notFound)
            default: throw InputError(file: path, .unreadable(detail: String(cString: strerror(e))))
            }
        }
        let type = st.st_mode & S_IFMT
        if type == S_IFDIR { throw InputError(file: path, .isDirectory) }
        if type != S_IFREG { throw InputError(file: path, .notRegularFile) }
        let size = Int(st.st_size)
        if size > limits.maxFileBytes { throw InputError(file: path, .tooLarge(size: size, limit: limits.maxFileBytes)) }
        // A file nobody may read is refused even when running as root (who could read it anyway),
        // so that the outcome does not depend on who runs the tool.
        if st.st_mode & 0o444 == 0 {
            throw InputError(file: path, .unreadable(detail: String(format: "%03o", Int(st.st_mode & 0o777))))
        }
        return size
    }

    /// Reads the whole file (at most `limit` bytes; a file that grew past it is refused).
    static func read(_ path: String, expectedSize: Int, limit: Int) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK)
        if fd < 0 {
            let e = errno
            if e == ELOOP { throw InputError(file: path, .symlinkLoop) }
            throw InputError(file: path, .unreadable(detail: String(cString: strerror(e))))
        }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: min(expectedSize, limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                if bytes.count > limit { throw InputError(file: path, .tooLarge(size: bytes.count, limit: limit)) }
                bytes.append(contentsOf: [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { buf in
                Foundation.read(fd, buf.baseAddress! + filled, buf.count - filled)
            }
            if n < 0 {
                let e = errno
                if e == EINTR { continue }
                throw InputError(file: path, .unreadable(detail: String(cString: strerror(e))))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}
