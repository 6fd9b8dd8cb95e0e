package tongxing.wage.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tongxing.platform.api.ApiProblemSchema;
import tongxing.platform.api.SystemApi;
import tongxing.platform.i18n.Texts;
import tongxing.wage.guideline.CellFilter;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.GuidelineCells;
import tongxing.wage.guideline.GuidelineRow;

import java.math.BigDecimal;
import java.util.List;

/** The published wage price guidelines for other systems (any valid API key; the data is public). */
@SystemApi
@RestController
@RequestMapping("/api/v1/wage/guidelines")
@Tag(name = "工资价位 Wage price guidelines", description = "已发布的企业薪酬调查工资价位 / Published wage price guidelines")
class GuidelineApiController {

    private final PublishedGuidelines published;
    private final Texts texts;

    GuidelineApiController(PublishedGuidelines published, Texts texts) {
        this.published = published;
        this.texts = texts;
    }

    @Schema(description = "一个职业在所选范围内的工资价位；不予公布的单元没有任何数值 / One cell; a suppressed cell carries no figures")
    record GuidelineItem(String occupationCode, String occupationName, int occupationLevel, boolean suppressed,
                         Integer employees, Integer enterprises, BigDecimal p10, BigDecimal p25, BigDecimal p50,
                         BigDecimal p75, BigDecimal p90, BigDecimal mean,
                         @Schema(description = "P50 同比（0.0520 = +5.2%）") BigDecimal yoyP50) {
        static GuidelineItem of(GuidelineRow r) {
            if (r.suppressed())
                return new GuidelineItem(r.occupationCode(), r.occupationName(), r.occupationLevel(), true,
                        null, null, null, null, null, null, null, null, null);
            return new GuidelineItem(r.occupationCode(), r.occupationName(), r.occupationLevel(), false, r.employees(),
                    r.enterprises(), r.p10(), r.p25(), r.p50(), r.p75(), r.p90(), r.mean(), r.yoyP50());
        }
    }

    @Schema(description = "一页结果 / One page of results")
    record GuidelinePage(int year, int edition, String dimension, String dimensionValue, String percentileDefinition,
                         int page, int pageSize, long total, List<GuidelineItem> items) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "查询工资价位 / Query the wage price guidelines", description = """
            返回某年度最新发布版本中、所选范围内各职业（各层级，“*”为全部职业）的年工资分位值 P10/P25/P50/P75/P90 与均值（元/年）。\
            分位值为线性插值（percentile_cont，Hyndman–Fan 第7类）。行业与市县可组合，其余筛选条件单独使用。\
            样本不足的单元 suppressed=true，不含任何数值。任一有效 X-Api-Key 即可调用。

            Annual pay percentiles (type 7, linear interpolation) and mean, yuan, of the latest published edition of \
            the year, for every occupation level ("*" = all) in the chosen scope. Industry and region combine; other \
            filters stand alone. Suppressed cells carry no figures. Any valid X-Api-Key.""")
    @ApiResponse(responseCode = "200", description = "一页结果 / A page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = GuidelinePage.class)))
    @ApiResponse(responseCode = "400", description = "筛选条件无效 / Invalid filter",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "401", description = "缺少或无效的 X-Api-Key / Missing or invalid X-Api-Key",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    @ApiResponse(responseCode = "404", description = "该年度没有已发布的版本 / No published edition for the year",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblemSchema.class)))
    GuidelinePage list(
            @Parameter(description = "调查年度，缺省为最近发布的年度 / Survey year, default the latest published") @RequestParam(required = false) Integer year,
            @Parameter(description = "职业代码前缀或名称 / Occupation code prefix or name", example = "4-03") @RequestParam(required = false) String occupation,
            @Parameter(description = "市县代码 / Region code", example = "460200") @RequestParam(required = false) String region,
            @Parameter(description = "行业门类 / Industry section", example = "H") @RequestParam(required = false) String industry,
            @Parameter(description = "企业规模 LARGE/MEDIUM/SMALL/MICRO") @RequestParam(required = false) String sizeClass,
            @Parameter(description = "登记注册类型代码 / Ownership code") @RequestParam(required = false) String ownership,
            @Parameter(description = "重点群体 LOW_INCOME、SKILL:LEVEL_1..5、TITLE:JUNIOR|INTERMEDIATE|SENIOR") @RequestParam(required = false) String keyGroup,
            @Parameter(description = "页码，从 0 起 / Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数（≤500） / Page size (≤500)") @RequestParam(defaultValue = "100") int pageSize) {
        CellFilter filter = new CellFilter(occupation, region, industry, sizeClass, ownership, keyGroup).checked(texts);
        Edition e = published.require(year);
        GuidelineCells.Page p = published.page(e, filter, page, pageSize);
        return new GuidelinePage(e.year(), e.editionNo(), filter.dimension().name(), filter.dimValue(),
                texts.get("wageguide.definition.percentile"), p.page(), p.size(), p.total(), p.rows().stream().map(GuidelineItem::of).toList());
    }
}
