/**
 * Program 7 (occupation): the 2022 occupational classification (职业分类大典) the survey records name.
 * {@link tongxing.wage.occupation.OccupationTable} is the in-memory table the validation reads;
 * the provincial office maintains the catalogue without a developer: {@code OccupationImport} loads the
 * official table (upsert by code, never a delete, renamings audited), the list page /wage/occupations
 * browses, searches, counts and exports it and 停用/启用 codes. Exposed as a named interface so that the
 * demo data and the benchmark can drive the real survey path.
 */
@org.springframework.modulith.NamedInterface("occupation")
package tongxing.wage.occupation;
