// swift-tools-version:6.0
// libFuzzer targets for tandem's parsers. Built and run by scripts/fuzz, not by `swift build`
// of the main package: the library is built instrumented and linked with libFuzzer's main.
import Foundation
import PackageDescription

// A path dependency is named after its folder, whatever the clone is called.
let parent = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let tandemPackage = parent.lastPathComponent.lowercased()

let package = Package(
    name: "TandemFuzz",
    products: [.library(name: "TandemFuzz", type: .dynamic, targets: ["TandemFuzz"])],
    dependencies: [.package(path: "..")],
    targets: [
        .target(
            name: "TandemFuzz",
            dependencies: [.product(name: "TandemKit", package: tandemPackage)]
        ),
    ]
)
