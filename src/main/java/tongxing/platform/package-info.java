/**
 * Shared kernel: regions, industries, size classes, identifier validation, security and data
 * scope, audit log, imports and exports, web shell. Open to every module by design.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        displayName = "Platform")
package tongxing.platform;
