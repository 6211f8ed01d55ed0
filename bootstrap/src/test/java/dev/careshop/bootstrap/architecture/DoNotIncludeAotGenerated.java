package dev.careshop.bootstrap.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the classes that Spring's AOT processing writes into {@code bootstrap/target/classes} at {@code package}
 * (bean definitions {@code X__BeanDefinitions}, Spring Data's {@code X__AotRepository}, and proxies
 * {@code X$$SpringCGLIB$$0}, each in the package of the class it serves): they are the framework's code, placed beside
 * ours, and a later build's tests would otherwise judge them by our layering rules.
 */
public final class DoNotIncludeAotGenerated implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
    }
}
