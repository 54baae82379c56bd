// Compiles the public header as C++ (extern "C" guards) and calls into the
// library through it (suite "abi").
#include <schemadrift/schemadrift.h>
#include <cstdio>
#include <cstring>

int main()
{
    sd_catalog *cat = nullptr;
    if (sd_catalog_new(SD_DIALECT_SQLITE, &cat) != SD_OK)
        return 1;
    const char sql[] = "CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT);";
    int rc = sd_catalog_apply_sql(cat, sql, std::strlen(sql), "t.sql");
    const sd_schema *s = sd_catalog_schema_at(cat, 0);
    bool ok = rc == SD_OK && sd_schema_table_count(s) == 1 &&
              std::strcmp(sd_table_name(sd_schema_table_at(s, 0)), "t") == 0;
    sd_catalog_free(cat);
    std::puts(ok ? "header compiles as C++: ok" : "C++ use failed");
    return ok ? 0 : 1;
}
