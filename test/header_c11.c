/* Compiles the public header as strict C11 and checks the version macros
 * against the runtime library (suite "abi"). */
#include <schemadrift/schemadrift.h>
#include <stdio.h>
#include <string.h>

int main(void)
{
    if (sd_version() != SD_VERSION_NUMBER || strcmp(sd_version_string(), SD_VERSION_STRING) != 0) {
        fprintf(stderr, "header %s, library %s\n", SD_VERSION_STRING, sd_version_string());
        return 1;
    }
    sd_catalog *cat = NULL;
    if (sd_catalog_new(99, &cat) != SD_ERR_MISUSE || cat != NULL)
        return 1;
    sd_catalog_free(NULL);
    sd_buf_dispose(NULL);
    puts("header compiles as C11; versions match");
    return 0;
}
