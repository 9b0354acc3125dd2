import { execFileSync } from "node:child_process";

/**
 * Whether a Java runtime is on the PATH for the Nu Html Checker. Without one the HTML
 * validity suite is skipped and the run says so; with REQUIRE_JAVA=1 (CI) it fails instead.
 */
function probe(): boolean {
  try {
    execFileSync("java", ["-version"], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.REQUIRE_JAVA === "1")
      throw new Error("REQUIRE_JAVA=1 but there is no java on the PATH (apt-get install -y default-jre-headless)");
    console.warn(
      "\n[subsidiegids] No java on the PATH: the HTML validity suite is SKIPPED (apt-get install -y default-jre-headless).\n",
    );
    return false;
  }
}

export const javaAvailable = probe();
