package org.govweb.scoring.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govweb.scoring.Inspection;
import org.govweb.scoring.engine.InvalidInspectionException;
import org.govweb.scoring.newmedia.NewMediaInspection;
import org.govweb.scoring.testing.Examples;
import org.govweb.scoring.website.WebsiteInspection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The records of the long lists, columns and service items are read by {@link ScalarRecordDeserializer} in the plain case and by
 * Jackson otherwise: either way the result, or the first problem (path and message), is what Jackson's own
 * deserializer gives. The expectations below were recorded with Jackson's deserializer alone (before this
 * reader existed, or before it read that record type: messages); each item is put first in its list in an example inspection, read from bytes and from
 * a string. The duplicate fields at the end are checked by the reader itself while it reads (the parser's
 * check is off meanwhile) and by the parser once Jackson takes over.
 */
class ScalarRecordDeserializerTest {

    private static final String WEBSITE = compact(Examples.COUNTY_PORTAL);
    private static final String NEW_MEDIA = compact(Examples.WECHAT);
    /** The website example with its columns right after its type. */
    private static final String COLUMNS_FIRST = columnsFirst(WEBSITE);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            posts | {"id":"p1","publishedOn":"2020-01-02"} | = {"id":"p1","publishedOn":"2020-01-02"}
            posts | {"publishedOn":"2020-01-02","id":"p1"} | = {"id":"p1","publishedOn":"2020-01-02"}
            posts | {"id":"p1"} | $.posts[0].publishedOn: missing required field
            posts | {"publishedOn":"2020-01-02"} | $.posts[0].id: missing required field
            posts | {"id":null,"publishedOn":"2020-01-02"} | $.posts[0].id: must not be null
            posts | {"id":"p1","publishedOn":null} | $.posts[0].publishedOn: must not be null
            posts | {"id":5,"publishedOn":"2020-01-02"} | $.posts[0].id: expected a string, got an integer
            posts | {"id":"p1","publishedOn":"2020-1-02"} | $.posts[0].publishedOn: expected a date yyyy-MM-dd, got '2020-1-02'
            posts | {"id":"p1","publishedOn":"2020-02-30"} | $.posts[0].publishedOn: expected a date yyyy-MM-dd, got '2020-02-30'
            posts | {"id":"p1","publishedOn":"2020-01-02","x":1} | $.posts[0].x: unknown field 'x' (known: id, publishedOn)
            posts | {"x":{"y":[1,2]},"id":"p1","publishedOn":"2020-01-02"} | $.posts[0].x: unknown field 'x' (known: id, publishedOn)
            posts | {"id":"p1","id":"p2","publishedOn":"2020-01-02"} | $.posts[0].id: duplicate field 'id'
            posts | {"id":"p1","publishedOn":"2020-01-02","id":"p2"} | $.posts[0].id: duplicate field 'id'
            posts | {"id":["p1"],"publishedOn":"2020-01-02"} | $.posts[0].id: expected a string, got an array
            posts | {"id":"p1","publishedOn":20200102} | $.posts[0].publishedOn: expected a date string yyyy-MM-dd, got an integer
            posts | {"id":"p\\u0001","publishedOn":"2020-01-02"} | = {"id":"p\\u0001","publishedOn":"2020-01-02"}
            posts | {"id":"p1","publishedOn":"2020-01-02" | $.posts[0]: malformed JSON
            posts | {"id":"p1" "publishedOn":"2020-01-02"} | $.posts[0]: malformed JSON
            posts | {"id":"p1","publishedOn":"2020-01-02",} | $.posts[0]: malformed JSON
            posts | {} | $.posts[0].id: missing required field
            posts | {"id":"p1","publishedOn":"2020-01-02T00:00"} | $.posts[0].publishedOn: expected a date yyyy-MM-dd, got '2020-01-02T00:00'
            posts | {"id":"","publishedOn":"2020-01-02"} | = {"id":"","publishedOn":"2020-01-02"}
            posts | {"id":"p1","publishedOn":"2020-01-02","publishedOn":"2020-01-03"} | $.posts[0].publishedOn: duplicate field 'publishedOn'
            posts | {"id":"p1","publishedOn":"2021-01-02"} | = {"id":"p1","publishedOn":"2021-01-02"}
            posts | {"id":"p0","publishedOn":"2020-01-02"} | = {"id":"p0","publishedOn":"2020-01-02"}
            posts | {"id":"p1","publishedOn":"\\u0032020-01-02"} | = {"id":"p1","publishedOn":"2020-01-02"}
            posts | {"id":"p1","publishedOn":true} | $.posts[0].publishedOn: expected a date string yyyy-MM-dd, got a boolean
            posts | {"id":"p\\x","publishedOn":"2020-01-02"} | $.posts[0].id: malformed JSON
            probes | {"at":"2025-03-20T00:00:37","responseMillis":429} | = {"at":"2025-03-20T00:00:37","responseMillis":429}
            probes | {"at":"2025-03-20T00:00","responseMillis":null} | = {"at":"2025-03-20T00:00:00","responseMillis":null}
            probes | {"at":"2025-03-20T00:00:37"} | $.probes[0].responseMillis: missing required field
            probes | {"responseMillis":1} | $.probes[0].at: missing required field
            probes | {"at":"2025-03-20T00:00:37","responseMillis":4294967296} | $.probes[0].responseMillis: number out of range for an integer
            probes | {"at":"2025-03-20T00:00:37","responseMillis":1.5} | $.probes[0].responseMillis: expected an integer, got a decimal number
            probes | {"at":"2025-03-20T00:00:37","responseMillis":-1} | = {"at":"2025-03-20T00:00:37","responseMillis":-1}
            probes | {"at":"2025-03-20 00:00:37","responseMillis":1} | $.probes[0].at: expected a date-time yyyy-MM-ddTHH:mm[:ss], got '2025-03-20 00:00:37'
            probes | {"at":"2025-03-20T25:00:37","responseMillis":1} | $.probes[0].at: expected a date-time yyyy-MM-ddTHH:mm[:ss], got '2025-03-20T25:00:37'
            probes | {"at":"2025-03-20T00:00:37Z","responseMillis":1} | $.probes[0].at: expected a date-time yyyy-MM-ddTHH:mm[:ss], got '2025-03-20T00:00:37Z'
            probes | {"at":null,"responseMillis":1} | $.probes[0].at: must not be null
            probes | {"at":"2025-03-20T00:00:37","responseMillis":"1"} | $.probes[0].responseMillis: expected an integer, got a string
            probes | {"at":"2025-03-20T00:00:37","responseMillis":1,"at":"2025-03-20T00:00:38"} | $.probes[0].at: duplicate field 'at'
            probes | {"at":"2099-03-20T00:00:37","responseMillis":1} | = {"at":"2099-03-20T00:00:37","responseMillis":1}
            links | {"url":"u","onPage":"p","onHomepage":true,"works":false} | = {"url":"u","onPage":"p","onHomepage":true,"works":false}
            links | {"url":"u","onPage":"p","onHomepage":null,"works":false} | $.design.links[0].onHomepage: null not allowed
            links | {"url":"u","onPage":"p","works":false} | $.design.links[0].onHomepage: missing required field
            links | {"url":"u","onPage":"p","onHomepage":1,"works":false} | $.design.links[0].onHomepage: expected a boolean, got an integer
            links | {"url":"u","onPage":"p","onHomepage":"true","works":false} | $.design.links[0].onHomepage: expected a boolean, got a string
            links | {"url":"u\\u0007","onPage":"p","onHomepage":true,"works":false} | = {"url":"u\\u0007","onPage":"p","onHomepage":true,"works":false}
            links | {"url":"u","onPage":null,"onHomepage":true,"works":false} | $.design.links[0].onPage: must not be null
            publications | {"id":"zz1","title":null,"publishedOn":null} | = {"id":"zz1","publishedOn":null}
            publications | {"id":"zz1","publishedOn":"2020-01-01"} | = {"id":"zz1","publishedOn":"2020-01-01"}
            publications | {"id":"zz1","title":"t"} | $.homepage.publications[0].publishedOn: missing required field
            publications | {"id":"zz1","title":7,"publishedOn":null} | $.homepage.publications[0].title: expected a string, got an integer
            publications | {"id":"zz1","title":"t","publishedOn":"2020-01-01","extra":null} | $.homepage.publications[0].extra: unknown field 'extra' (known: id, publishedOn, title)
            publications | {"id":"c001-00001","title":"t","publishedOn":"2020-01-01"} | = {"id":"c001-00001","title":"t","publishedOn":"2020-01-01"}
            publications | {"id":"zz1","title":"t","publishedOn":"2099-01-01"} | = {"id":"zz1","title":"t","publishedOn":"2099-01-01"}
            posts | {"id":"p1","x":1,"id":"p2"} | $.posts[0].id: duplicate field 'id'
            posts | {"id":"p1","publishedOn":"bad","id":"p2"} | $.posts[0].publishedOn: expected a date yyyy-MM-dd, got 'bad'
            posts | {"id":"p1","publishedOn":"2020-01-02","x":{"k":1,"k":2}} | $.posts[0].x: unknown field 'x' (known: id, publishedOn)
            posts | {"x":{"k":1,"k":2},"id":"p1"} | $.posts[0].k: duplicate field 'k'
            posts | {"id":{"k":1,"k":2},"publishedOn":"2020-01-02"} | $.posts[0].id: expected a string, got an object
            links | {"url":"u","onPage":"p","onHomepage":null,"works":false,"url":"v"} | $.design.links[0].onHomepage: null not allowed
            links | {"url":"u","url":"v","onPage":"p","onHomepage":true,"works":false} | $.design.links[0].url: duplicate field 'url'
            links | {"url":"u","onPage":"p","onHomepage":true,"works":false,"works":true} | $.design.links[0].works: duplicate field 'works'
            publications | {"id":"a","title":"t","title":"u"} | $.homepage.publications[0].title: duplicate field 'title'
            publications | {"id":"a","title":"t","title":"u","publishedOn":null} | $.homepage.publications[0].title: duplicate field 'title'
            publications | {"id":"a","extra":{"k":1,"k":2},"publishedOn":null} | $.homepage.publications[0].k: duplicate field 'k'
            publications | {"id":"a","title":7,"publishedOn":null,"id":"b"} | $.homepage.publications[0].title: expected a string, got an integer
            publications | {"title":"t","publishedOn":null,"title":"u"} | $.homepage.publications[0].title: duplicate field 'title'
            probes | {"at":"2025-03-20T00:00:37","responseMillis":1,"responseMillis":2} | $.probes[0].responseMillis: duplicate field 'responseMillis'
            probes | {"responseMillis":1,"at":"2025-03-20T00:00:37","responseMillis":2} | $.probes[0].responseMillis: duplicate field 'responseMillis'
            posts | {"idx":"p1","id":"p1","publishedOn":"2020-01-02"} | $.posts[0].idx: unknown field 'idx' (known: id, publishedOn)
            posts | {"i":"p1","id":"p1","publishedOn":"2020-01-02"} | $.posts[0].i: unknown field 'i' (known: id, publishedOn)
            posts | {"idx":"p1","publishedOn":"2020-01-02"} | $.posts[0].id: missing required field
            posts | {"i\\u0064":"p1","publishedOn":"2020-01-02"} | = {"id":"p1","publishedOn":"2020-01-02"}
            posts | { "id" : "p1" , "publishedOn" : "2020-01-02" } | = {"id":"p1","publishedOn":"2020-01-02"}
            probes | {"at":"2025-03-20T00:00:37","responseMillis":429,"at":"2025-03-20T00:00:37"} | $.probes[0].at: duplicate field 'at'
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":"2019-12-03","replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON","REPLY_CONTENT"],"publishedOn":"2019-12-04"} | = {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":"2019-12-03","replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON","REPLY_CONTENT"],"publishedOn":"2019-12-04"}
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":"2019-12-03","replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON","REPLY_CONTENT"],"publishedOn":"2019-12-04","sampledFor":["D3.3","B3.1"]} | = {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":"2019-12-03","replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON","REPLY_CONTENT"],"publishedOn":"2019-12-04","sampledFor":["D3.3","B3.1"]}
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":false,"consultation":false,"repliedOn":null,"replyQuality":"PERFUNCTORY","reviewFollowed":false,"published":false,"publishedFields":[],"publishedOn":null,"sampledFor":[]} | = {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":false,"consultation":false,"repliedOn":null,"replyQuality":"PERFUNCTORY","reviewFollowed":false,"published":false,"publishedFields":[],"publishedOn":null}
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":false,"publishedFields":[],"publishedOn":null,"sampledFor":null} | = {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":false,"publishedFields":[],"publishedOn":null}
            messages | {"publishedFields":["REPLIED_ON"],"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedOn":"2019-12-04"} | = {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["REPLIED_ON"],"publishedOn":"2019-12-04"}
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"ok","reviewFollowed":true,"published":false,"publishedFields":[],"publishedOn":null} | $.interaction.messages[0].replyQuality: unknown value 'ok' (allowed: OK, PERFUNCTORY)
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":1,"reviewFollowed":true,"published":false,"publishedFields":[],"publishedOn":null} | $.interaction.messages[0].replyQuality: expected a string (one of: OK, PERFUNCTORY), got an integer
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":null,"reviewFollowed":true,"published":false,"publishedFields":[],"publishedOn":null} | $.interaction.messages[0].replyQuality: must not be null
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"","reviewFollowed":true,"published":false,"publishedFields":[],"publishedOn":null} | $.interaction.messages[0].replyQuality: unknown value '' (allowed: OK, PERFUNCTORY)
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON",null],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields[1]: null not allowed
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON","NOPE"],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields[1]: unknown value 'NOPE' (allowed: SUBMITTED_ON, REPLIED_ON, REPLY_UNIT, REPLY_CONTENT)
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON",3],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields[1]: expected a string (one of: SUBMITTED_ON, REPLIED_ON, REPLY_UNIT, REPLY_CONTENT), got an integer
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":"SUBMITTED_ON","publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields: expected an array, got a string
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":null,"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields: must not be null
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":[["SUBMITTED_ON"]],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields[0]: expected a string (one of: SUBMITTED_ON, REPLIED_ON, REPLY_UNIT, REPLY_CONTENT), got an array
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":[{"a":1,"a":2}],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields[0]: expected a string (one of: SUBMITTED_ON, REPLIED_ON, REPLY_UNIT, REPLY_CONTENT), got an object
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["submitted_on"],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields[0]: unknown value 'submitted_on' (allowed: SUBMITTED_ON, REPLIED_ON, REPLY_UNIT, REPLY_CONTENT)
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON"],"publishedOn":"2019-12-04","sampledFor":["D3.3",5]} | $.interaction.messages[0].sampledFor[1]: expected a string, got an integer
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON"],"publishedOn":"2019-12-04","sampledFor":["D3.3",null]} | $.interaction.messages[0].sampledFor[1]: null not allowed
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON"],"publishedOn":"2019-12-04","sampledFor":"D3.3"} | $.interaction.messages[0].sampledFor: expected an array, got a string
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON"],"publishedFields":["REPLY_UNIT"],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields: duplicate field 'publishedFields'
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields: missing required field
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["NOPE"],"publishedOn":"2019-12-04","x":1} | $.interaction.messages[0].publishedFields[0]: unknown value 'NOPE' (allowed: SUBMITTED_ON, REPLIED_ON, REPLY_UNIT, REPLY_CONTENT)
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":"true","consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON"],"publishedOn":"2019-12-04"} | $.interaction.messages[0].valid: expected a boolean, got a string
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON","SUBMITTED_ON"],"publishedOn":"2019-12-04"} | = {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON","SUBMITTED_ON"],"publishedOn":"2019-12-04"}
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON"],"publishedOn":"2019-12-04","sampledFor":["D3.3"],"sampledFor":["D3.3"]} | $.interaction.messages[0].sampledFor: duplicate field 'sampledFor'
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON",],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields: malformed JSON
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON" "REPLY_UNIT"],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields: malformed JSON
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_O\\x"],"publishedOn":"2019-12-04"} | $.interaction.messages[0].publishedFields[0]: malformed JSON
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"O\\x","reviewFollowed":true,"published":true,"publishedFields":[],"publishedOn":"2019-12-04"} | $.interaction.messages[0].replyQuality: malformed JSON
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["SUBMITTED_ON"],"publishedOn":"2019-12-04","sampledFor":["D3.3",} | $.interaction.messages[0].sampledFor[1]: malformed JSON
            messages | {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["REPLY_UNIT","SUBMITTED_ON","REPLY_UNIT"],"publishedOn":"2019-12-04","sampledFor":["D3.3","D3.3"]} | = {"id":"m1","columnId":"c1","submittedOn":"2019-12-01","valid":true,"consultation":true,"repliedOn":null,"replyQuality":"OK","reviewFollowed":true,"published":true,"publishedFields":["REPLY_UNIT","SUBMITTED_ON","REPLY_UNIT"],"publishedOn":"2019-12-04","sampledFor":["D3.3","D3.3"]}
            """)
    void readsAnItemAsJacksonDoes(String list, String item, String expected) {
        String document = (list.equals("posts") ? NEW_MEDIA : WEBSITE)
                .replace("\"" + list + "\":[", "\"" + list + "\":[" + item + ",");
        readsAsJacksonDoes(list, document, expected);
    }

    /**
     * Columns (a list of publications inside), service items (a guide inside, itself read by the reader),
     * policy documents and interpretations: a field holding records is read by Jackson's own property, inside
     * the reader. Expectations recorded
     * with Jackson's deserializer alone, as above. The columns come right after the document's type, so
     * the parser's contexts at their depth are new: one the reader let the parser create without a duplicate
     * check would stay without (the nested {@code "k"} duplicates).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","title":"t","publishedOn":"2020-01-02"}]} | = {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","title":"t","publishedOn":"2020-01-02"}]}
            columns | {"publications":[{"id":"c0-1","title":"t","publishedOn":"2020-01-02"}],"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true} | = {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","title":"t","publishedOn":"2020-01-02"}]}
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[]} | = {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[]}
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":null} | $.columns[0].publications: must not be null
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true} | $.columns[0].publications: missing required field
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"bad"}]} | $.columns[0].publications[0].publishedOn: expected a date yyyy-MM-dd, got 'bad'
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"2020-01-02"}],"x":1} | $.columns[0].x: unknown field 'x' (known: firstLevel, id, kind, name, publications, shouldUpdate)
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"2020-01-02"}],"id":"c9"} | $.columns[0].id: duplicate field 'id'
            columns | {"id":"c0","name":"n","kind":"NEWS","publications":[{"id":"c0-1","publishedOn":"2020-01-02"}],"firstLevel":null,"shouldUpdate":true} | $.columns[0].firstLevel: null not allowed
            columns | {"id":"c0","name":"n","kind":"NEWS","publications":[{"id":"c0-1","publishedOn":"2020-01-02"}],"firstLevel":true} | $.columns[0].shouldUpdate: missing required field
            columns | {"id":"c0","name":"n","kind":"news","firstLevel":true,"shouldUpdate":true,"publications":[]} | $.columns[0].kind: unknown value 'news' (allowed: OVERVIEW, ORG_FUNCTIONS, LEADERS, NEWS, NOTICES, POLICY_DOCS, POLICY_INTERPRETATION, DATA_RELEASE, CONSULTATION, INTERVIEW, SURVEY, PETITION, DISCIPLINE, OTHER)
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[],"publications":[]} | $.columns[0].publications: duplicate field 'publications'
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"\\u0032020-01-02"}]} | = {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"2020-01-02"}]}
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"\\u0032020-01-02","id":"c0-2"}]} | $.columns[0].publications[0].id: duplicate field 'id'
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"2020-01-02"}]},{"id":"c1","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c1-1","publishedOn":"\\u0032020-01-02","id":"c1-2"}]} | $.columns[1].publications[0].id: duplicate field 'id'
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":{"id":"c0-1","publishedOn":"2020-01-02"}} | $.columns[0].publications: expected an array, got an object
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"2020-01-02"},]} | $.columns[0].publications: malformed JSON
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"2020-01-02"}],"publications":[]} | $.columns[0].publications: duplicate field 'publications'
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[null]} | $.columns[0].publications[0]: null not allowed
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"id":"c0-1","publishedOn":"2020-01-02","x":{"k":1,"k":2}}]} | $.columns[0].publications[0].k: duplicate field 'k'
            columns | {"id":"c0","name":"n","kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[{"x":{"k":1,"k":2},"id":"c0-1"}]} | $.columns[0].publications[0].k: duplicate field 'k'
            columns | {"id":"c0","name":null,"kind":"NEWS","firstLevel":true,"shouldUpdate":true,"publications":[]} | $.columns[0].name: must not be null
            items | {"id":"s0","name":"n","guide":{"elements":["NAME","FEES"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"sampledFor":["D2.4"]} | = {"id":"s0","name":"n","guide":{"elements":["NAME","FEES"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"sampledFor":["D2.4"]}
            items | {"id":"s0","name":"n","guide":null} | = {"id":"s0","name":"n","guide":null}
            items | {"id":"s0","name":"n"} | $.services.items[0].guide: missing required field
            items | {"id":"s0","name":"n","guide":null,"sampledFor":null} | = {"id":"s0","name":"n","guide":null}
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":["e1","e2"],"policyBasisLinked":true},"sampledFor":null} | = {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":["e1","e2"],"policyBasisLinked":true}}
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"x":1} | $.services.items[0].x: unknown field 'x' (known: guide, id, name, sampledFor)
            items | {"id":"s0","name":"n","guide":{"elements":["NOPE"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true}} | $.services.items[0].guide.elements[0]: unknown value 'NOPE' (allowed: NAME, LEGAL_BASIS, CONDITIONS, MATERIALS, LOCATION, AGENCY, FEES, HOURS, PHONE, PROCESS)
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":null,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true}} | $.services.items[0].guide.materialsFormatClear: null not allowed
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":"false","policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true}} | $.services.items[0].guide.vagueWording: expected a boolean, got a string
            items | {"id":"s0","name":"n","guide":{"policyBasisLinked":false,"accuracyErrors":["e"],"formsObtainable":false,"requiresForms":false,"policyNamedOnly":true,"vagueWording":true,"materialsFormatClear":false,"elements":[]}} | = {"id":"s0","name":"n","guide":{"elements":[],"materialsFormatClear":false,"vagueWording":true,"policyNamedOnly":true,"requiresForms":false,"formsObtainable":false,"accuracyErrors":["e"],"policyBasisLinked":false}}
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true,"elements":[]}} | $.services.items[0].guide.elements: duplicate field 'elements'
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[]}} | $.services.items[0].guide.policyBasisLinked: missing required field
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":null,"policyBasisLinked":true}} | $.services.items[0].guide.accuracyErrors: must not be null
            items | {"id":"s0","name":"n","guide":{"elements":["NAME",null],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true}} | $.services.items[0].guide.elements[1]: null not allowed
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true,"x":{"k":1,"k":2}}} | $.services.items[0].guide.x: unknown field 'x' (known: accuracyErrors, elements, formsObtainable, materialsFormatClear, policyBasisLinked, policyNamedOnly, requiresForms, vagueWording)
            items | {"sampledFor":["D2.4"],"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true,"x":{"k":1,"k":2}}} | $.services.items[0].guide.x: unknown field 'x' (known: accuracyErrors, elements, formsObtainable, materialsFormatClear, policyBasisLinked, policyNamedOnly, requiresForms, vagueWording)
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"guide":null} | $.services.items[0].guide: duplicate field 'guide'
            items | {"id":"s0","name":"n","guide":[]} | $.services.items[0].guide: expected an object, got an array
            items | {"id":"s0","name":"n","guide":"x"} | $.services.items[0].guide: expected an object, got a string
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"sampledFor":["D2.4",5]} | $.services.items[0].sampledFor[1]: expected a string, got an integer
            items | {"id":"s0","name":"n","sampledFor":null,"guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true}} | = {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true}}
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"sampledFor":null,"id":"s1"} | $.services.items[0].id: duplicate field 'id'
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"sampledFor":null,"guide":null} | $.services.items[0].guide: duplicate field 'guide'
            items | {"id":"s0","name":"n","guide":{"elements":["NAME"],"materialsFormatClear":true,"vagueWording":false,"policyNamedOnly":false,"requiresForms":true,"formsObtainable":true,"accuracyErrors":[],"policyBasisLinked":true},"sampledFor":null,"x":{"k":1,"k":2}} | $.services.items[0].x: unknown field 'x' (known: guide, id, name, sampledFor)
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":["i1","i2"]} | = {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":["i1","i2"]}
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[],"sampledFor":["D1.7"]} | = {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[],"sampledFor":["D1.7"]}
            policyDocuments | {"sampledFor":["D1.7"],"linkedInterpretationIds":[],"broadImpact":false,"issuedBySelf":true,"publishedOn":"2020-01-02","title":"t","id":"d0"} | = {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[],"sampledFor":["D1.7"]}
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false} | $.policyDocuments[0].linkedInterpretationIds: missing required field
            policyDocuments | {"id":"d0","title":"t","publishedOn":null,"issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[]} | $.policyDocuments[0].publishedOn: must not be null
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":"yes","broadImpact":false,"linkedInterpretationIds":[]} | $.policyDocuments[0].issuedBySelf: expected a boolean, got a string
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":["i1",null]} | $.policyDocuments[0].linkedInterpretationIds[1]: null not allowed
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[],"sampledFor":null} | = {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[]}
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[],"id":"d1"} | $.policyDocuments[0].id: duplicate field 'id'
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-01-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[],"x":[{"k":1,"k":2}]} | $.policyDocuments[0].k: duplicate field 'k'
            policyDocuments | {"id":"d0","title":"t","publishedOn":"2020-13-02","issuedBySelf":true,"broadImpact":false,"linkedInterpretationIds":[]} | $.policyDocuments[0].publishedOn: expected a date yyyy-MM-dd, got '2020-13-02'
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":"d0","linksToDocument":true,"forms":["TEXT","CHART"]} | = {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":"d0","linksToDocument":true,"forms":["TEXT","CHART"]}
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":null,"linksToDocument":false,"forms":[],"sampledFor":["D1.8"]} | = {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":null,"linksToDocument":false,"forms":[],"sampledFor":["D1.8"]}
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","linksToDocument":false,"forms":[]} | $.interpretations[0].documentId: missing required field
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":"d0","linksToDocument":true,"forms":["text"]} | $.interpretations[0].forms[0]: unknown value 'text' (allowed: TEXT, PRESS_CONFERENCE, CHART, AUDIO_VIDEO, ANIMATION)
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":"d0","linksToDocument":true,"forms":"TEXT"} | $.interpretations[0].forms: expected an array, got a string
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":"d0","linksToDocument":null,"forms":[]} | $.interpretations[0].linksToDocument: null not allowed
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":"d0","linksToDocument":true,"forms":["TEXT"],"forms":["CHART"]} | $.interpretations[0].forms: duplicate field 'forms'
            interpretations | {"id":"i0","title":"t","publishedOn":"2020-01-02","documentId":5,"linksToDocument":true,"forms":[]} | $.interpretations[0].documentId: expected a string, got an integer
            """)
    void readsColumnsDocumentsAndServiceItemsAsJacksonDoes(String list, String item, String expected) {
        String document = (list.equals("columns") ? COLUMNS_FIRST : WEBSITE)
                .replace("\"" + list + "\":[", "\"" + list + "\":[" + item + ",");
        readsAsJacksonDoes(list, document, expected);
    }

    private static void readsAsJacksonDoes(String list, String document, String expected) {
        for (boolean bytes : new boolean[] {true, false}) {
            if (expected.startsWith("= ")) {
                Inspection read = bytes ? ScoringJson.readInspection(document.getBytes(UTF_8))
                        : ScoringJson.readInspection(document);
                assertThat(ScoringJson.write(first(list, read))).isEqualTo(expected.substring(2));
            } else {
                InvalidInspectionException e = catchThrowableOfType(InvalidInspectionException.class, () -> {
                    if (bytes) {
                        ScoringJson.readInspection(document.getBytes(UTF_8));
                    } else {
                        ScoringJson.readInspection(document);
                    }
                });
                assertThat(e).as("refused").isNotNull();
                assertThat(e.problems()).hasSize(1);
                assertThat(e.problems().get(0).toString()).startsWith(expected);
            }
        }
    }

    private static Object first(String list, Inspection read) {
        return switch (list) {
            case "posts" -> ((NewMediaInspection) read).posts().get(0);
            case "probes" -> ((WebsiteInspection) read).probes().get(0);
            case "links" -> ((WebsiteInspection) read).design().links().get(0);
            case "messages" -> ((WebsiteInspection) read).interaction().messages().get(0);
            case "columns" -> ((WebsiteInspection) read).columns().get(0);
            case "items" -> ((WebsiteInspection) read).services().items().get(0);
            case "policyDocuments" -> ((WebsiteInspection) read).policyDocuments().get(0);
            case "interpretations" -> ((WebsiteInspection) read).interpretations().get(0);
            default -> ((WebsiteInspection) read).homepage().publications().get(0);
        };
    }

    private static String columnsFirst(String website) {
        ObjectMapper plain = new ObjectMapper();
        try {
            ObjectNode read = (ObjectNode) plain.readTree(website);
            ObjectNode reordered = plain.createObjectNode();
            reordered.set("type", read.get("type"));
            reordered.set("columns", read.get("columns"));
            read.properties().forEach(e -> reordered.putIfAbsent(e.getKey(), e.getValue()));
            return plain.writeValueAsString(reordered);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String compact(String resource) {
        ObjectMapper plain = new ObjectMapper();
        try {
            return plain.writeValueAsString(plain.readTree(Examples.text(resource)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
