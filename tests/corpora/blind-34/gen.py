#!/usr/bin/env python3
"""Generate the blind-34 held-out corpus (stdlib only). Writes NNN-m.eml / NNN-m.json beside itself."""
import base64, json, os, quopri, hashlib
from email.header import Header
from email.utils import format_datetime
from datetime import datetime, timezone, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))
ME = "kanae.moriyama.k@outlook.jp"
CO = "k-moriyama@hoshizora-sys.co.jp"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCF = "AWS Training and Certification <%s>" % TC
CON = "Amazon Web Services <no-reply-aws@amazon.com>"
A, B, C, D, E = "174160523801472", "174160611903355", "18264031957", "13520874406", "9618203574"
SA = "[AWS Training and Certification Form Submission] - account-assistance"
JST = timezone(timedelta(hours=9))
MSGS = []
IDS = {}
REFS = {}

def auth(to, dom, ok=True, sel="s1"):
    if to == CO:
        if ok:
            return ("mx.google.com; dkim=pass header.i=@%s header.s=%s header.b=Xq3v9LpA; "
                    "spf=pass (google.com: domain of bounces@%s designates 54.240.8.21 as permitted sender) "
                    "smtp.mailfrom=%s; dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s" % (dom, sel, dom, dom, dom))
        return ("mx.google.com; dkim=fail header.i=@%s header.s=%s; spf=softfail (google.com: domain of transitioning "
                "%s does not designate 185.220.101.7 as permitted sender) smtp.mailfrom=%s; dmarc=fail (p=QUARANTINE sp=QUARANTINE dis=QUARANTINE) header.from=%s" % (dom, sel, dom, dom, dom))
    if ok:
        return ("spf=pass (sender IP is 54.240.11.84) smtp.mailfrom=%s; dkim=pass (signature was verified) "
                "header.d=%s;dmarc=pass action=none header.from=%s;compauth=pass reason=100" % (dom, dom, dom))
    return ("spf=fail (sender IP is 91.215.85.140) smtp.mailfrom=%s; dkim=fail (body hash did not verify) "
            "header.d=%s;dmarc=fail action=quarantine header.from=%s;compauth=fail reason=000" % (dom, dom, dom))

def enc_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    return raw.decode(charset) if charset not in ("iso-2022-jp", "shift_jis") else raw.decode("latin-1")

def part(ctype, text, charset, cte):
    h = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n\n" % (ctype, charset, cte)
    return h, enc_body(text, charset, cte)

def hdr(s, charset):
    try:
        s.encode("ascii"); return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def M(key, when, kind, nr, case, cids, frm, to, subj, body=None, html=None, charset="utf-8",
      cte="quoted-printable", crlf=False, irt=None, ok=True, dom="amazon.com", extra=(), attach=None,
      cc=None, note=""):
    MSGS.append(dict(key=key, when=when, kind=kind, nr=nr, case=case, cids=cids, frm=frm, to=to, subj=subj,
                     body=body, html=html, charset=charset, cte=cte, crlf=crlf, irt=irt, ok=ok, dom=dom,
                     extra=extra, attach=attach, cc=cc, note=note))

def render(m, n):
    dom = m["dom"]
    mid = "<%s@%s>" % (hashlib.sha1(("b34" + m["key"]).encode()).hexdigest()[:24], dom if "amazon" not in dom else "email.amazonses.com")
    IDS[m["key"]] = mid
    hs = []
    hs.append("Return-Path: <bounce-%s@%s>" % (n, dom))
    hs.append("Received: from mail-out.%s (mail-out.%s [198.51.100.%d]) by mx.example-receiver with ESMTPS; %s" % (dom, dom, n % 250, format_datetime(m["when"])))
    hs.append("Authentication-Results: " + auth(m["to"] if m["to"] in (ME, CO) else ME, dom, m["ok"]))
    hs.append("From: " + m["frm"] if all(ord(c) < 128 for c in m["frm"]) else "From: " + hdr(m["frm"].rsplit(" <", 1)[0], "utf-8") + " <" + m["frm"].rsplit(" <", 1)[1])
    hs.append("To: " + m["to"])
    if m["cc"]:
        hs.append("Cc: " + m["cc"])
    hs.append("Subject: " + hdr(m["subj"], "utf-8" if m["charset"] not in ("iso-2022-jp",) else "iso-2022-jp"))
    hs.append("Date: " + format_datetime(m["when"]))
    hs.append("Message-ID: " + mid)
    if m["irt"]:
        p = IDS[m["irt"]]
        refs = REFS.get(m["irt"], []) + [p]
        REFS[m["key"]] = refs
        hs.append("In-Reply-To: " + p)
        hs.append("References: " + " ".join(refs))
    hs.append("MIME-Version: 1.0")
    hs.extend(m["extra"])
    cs, cte = m["charset"], m["cte"]
    if cs in ("iso-2022-jp",):
        cte = "7bit"
    parts = []
    if m["body"] is not None:
        parts.append(part("text/plain", m["body"], cs, cte))
    if m["html"] is not None:
        parts.append(part("text/html", m["html"], cs, cte))
    if len(parts) == 1:
        inner_h, inner_b = parts[0]
    else:
        bd = "==alt_%d_%s" % (n, mid[1:9])
        inner_h = "Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % bd
        inner_b = "".join("--%s\n%s%s\n" % (bd, ph, pb) for ph, pb in parts) + "--%s--\n" % bd
    if m["attach"]:
        bd = "==mix_%d_%s" % (n, mid[1:9])
        fname, data, ctype = m["attach"]
        att = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
               "Content-Transfer-Encoding: base64\n\n%s" % (ctype, fname, fname, base64.encodebytes(data).decode()))
        inner_b = "--%s\n%s%s\n--%s\n%s\n--%s--\n" % (bd, inner_h, inner_b, bd, att, bd)
        inner_h = "Content-Type: multipart/mixed; boundary=\"%s\"\n\n" % bd
    text = "\n".join(hs) + "\n" + inner_h + inner_b
    data = text.encode("latin-1") if cs in ("iso-2022-jp", "shift_jis") and cte in ("7bit", "8bit") else text.encode("utf-8")
    if m["crlf"]:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return data

def T(y, mo, d, h, mi):
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)

# --------------------------------------------------------------------- messages
# ============================ messages (arrival order is by date) ============================
QA = "RE:[CASE %s] %s" % (A, SA)
QB = "RE:[CASE %s] %s" % (B, SA)
QD = "RE: [CASE %s] %s" % (D, SA)
QE = "RE:[CASE %s] %s" % (E, SA)
SIG_FOOT = "\n\nAmazon Web Services Training and Certification\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. Amazon.com is a registered trademark of Amazon.com, Inc. This message was produced and distributed by Amazon Web Services Inc., 410 Terry Ave. North, Seattle, WA 98109-5210\n"
CONSOLE_FOOT = ("\n\nTo see all of the correspondence on this case, or to add a reply, open the Support Center:\n"
    "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
    "Note: this e-mail was sent from an address that cannot accept incoming e-mails.\n"
    "To respond to this case, please use the link above.\n\n"
    "We value your feedback. Please share your experience by rating this and other correspondences in the AWS Support Center. You can rate a correspondence by selecting the stars in the top right corner of the correspondence.\n\n"
    "Best regards,\nAmazon Web Services\n")

M("hr1", T(2025,3,3,1,12), "unrelated", False, None, [], "人事部 退職手続き担当 <jinji@hoshizora-sys.co.jp>", CO,
  "【ご案内】退職に伴う各種手続きについて", dom="hoshizora-sys.co.jp", charset="iso-2022-jp",
  body="森山 香苗 様\n\nお疲れさまです。人事部の三浦です。\n3月28日付のご退職に伴い、以下の手続きをお願いいたします。\n\n1. 貸与PC・入館証の返却(最終出社日)\n2. 健康保険証の返却\n3. 源泉徴収票の送付先住所のご連絡\n\n3.については、本メールにご返信ください。\nなお、社用メールアカウントは3月28日 18:00 をもって停止されます。\n必要なデータは事前に退避してください。\n\n人事部 三浦\n",
  note="company HR, JP ISO-2022-JP, contains ご返信ください but not AWS support")

M("bid1", T(2025,3,9,12,40), "unrelated", False, None, [], "AWS <no-reply@signin.aws>", ME,
  "Verify your AWS Builder ID email address", dom="signin.aws",
  body="Hello,\n\nUse the verification code below to finish creating your AWS Builder ID.\n\nVerification code: 583920\n\nThis code expires in 30 minutes. If you didn't request it, you can ignore this email.\n\nAmazon Web Services\n",
  note="Builder ID 6-digit code, not a case number")

M("trn1", T(2025,3,9,12,58), "unrelated", False, None, [], "AWS Training and Certification <no-reply@aws.training>", ME,
  "Welcome to AWS Skill Builder", dom="aws.training", cte="base64",
  html="<html><body><h2>Welcome, Kanae!</h2><p>Your AWS Skill Builder profile is ready. Start with our free digital courses and explore learning plans for every role.</p><p><a href='https://skillbuilder.aws/'>Go to Skill Builder</a></p><p style='font-size:11px'>Questions? Visit our FAQ.</p></body></html>",
  note="training platform welcome, HTML-only base64")

M("a_ack", T(2025,3,10,11,14), "acknowledgement", False, A, [], TCF, ME, QA, cte="7bit",
  body=("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
        "The details of your case are as follows:\n\nCase ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n"
        "Inquiry type: Certification\nAdditional details: Account Merge\n\n"
        "A member of our team will typically respond within 24 hours. If you have already opened a case for this issue, please do not create a new one for the same request - duplicate cases delay our response.\n\n"
        "Should you have additional information to add, simply reply to this email and keep the case number in the subject line.\n" % (A, A)) + SIG_FOOT,
  note="standard ack; conditional 'reply to add info' is not a request")

M("b_ack", T(2025,3,10,11,29), "acknowledgement", False, B, [], TCF, ME, QB, crlf=True,
  body=("Hello,\n\nThank you for contacting Amazon Web Services. We have opened case %s to address your request.\n\n"
        "The details of your case are as follows:\n\nCase ID: %s\nSubject: [AWS Training and Certification Form Submission] - account-assistance\n\n"
        "We usually reply within 24 hours. Please avoid raising separate cases about the same topic.\n\n"
        "Your original message:\n\"I left Hoshizora Systems and would like my company certification profile (k-moriyama@hoshizora-sys.co.jp) merged into my personal one (kanae.moriyama.k@outlook.jp). Could you merge them?\"\n" % (B, B)) + SIG_FOOT,
  note="duplicate form submission; CRLF QP; quotes user's own question")

M("gh1", T(2025,3,10,14,3), "unrelated", False, None, [], "Shun Tada <notifications@github.com>", ME,
  "Re: [tsurugi-labs/infra-modules] Merge account module into core (PR #231)", dom="github.com",
  body="Merged #231 into main.\n\n--\nReply to this email directly, view it on GitHub: https://github.com/tsurugi-labs/infra-modules/pull/231#event-16620041\nYou are receiving this because you were mentioned.\n",
  note="GitHub 'merged' notification")

M("b_dup", T(2025,3,10,17,46), "case_update", False, B, [], TCF, ME, QB,
  body="Hi Kanae,\n\nPriya here from the Training and Certification team. This looks like the same request that came in a few minutes earlier under case %s, so I've tied the two together. The colleague working %s will carry it from here and all further messages will come under that number.\n\nNothing is needed from you on this ticket.\n\nKind regards,\nPriya S.\nAWS Training and Certification Customer Service\n" % (A, A) + SIG_FOOT,
  irt="b_ack", note="duplicate linked to other case; mentions other case number in body; no ask")

M("a_info1", T(2025,3,11,8,2), "info_request", True, A, [], TCF, ME, QA,
  body=("Hello Kanae,\n\nThank you for reaching out about consolidating your certification records. I'm Tomasz and I'll be looking after case %s.\n\n"
        "A little background on how this works: every certification profile is keyed to a candidate ID, and exam history, active certifications, benefits and digital badges are all attached to that ID rather than to the email address. "
        "When two profiles are combined we move everything from one candidate ID to the other and then deactivate the empty one. Because this cannot be undone, we verify both profiles carefully before making any change. "
        "Your sign-in method (Builder ID, Amazon retail login, or APN single sign-on) is not affected by this step.\n\n"
        "From the form alone I'm unable to tell which records belong to which profile. What I still need are the two candidate IDs (each starts with the letters AWS followed by eight digits; you'll see it on the top right of the certification portal after signing in), together with the login email of the profile you'd like to end up with.\n\n"
        "Once I have those I can proceed.\n\nThanks,\nTomasz\nAWS Training and Certification\n" % A) + SIG_FOOT,
  html=("<html><body><p>Hello Kanae,</p><p>Thank you for reaching out about consolidating your certification records. I'm Tomasz and I'll be looking after case %s.</p>"
        "<p>A little background on how this works: every certification profile is keyed to a candidate ID, and exam history, active certifications, benefits and digital badges are all attached to that ID rather than to the email address. When two profiles are combined we move everything from one candidate ID to the other and then deactivate the empty one. Because this cannot be undone, we verify both profiles carefully before making any change. Your sign-in method is not affected by this step.</p>"
        "<p>From the form alone I'm unable to tell which records belong to which profile. What I still need are the two candidate IDs (each starts with the letters AWS followed by eight digits), together with the login email of the profile you'd like to end up with.</p><p>Once I have those I can proceed.</p><p>Thanks,<br>Tomasz</p></body></html>" % A),
  irt="a_ack", note="ask buried after long explanation; 'What I still need are' with no please/question mark")

M("amz1", T(2025,3,11,9,30), "unrelated", False, None, [], "Amazon.co.jp <shipment-tracking@amazon.co.jp>", ME,
  "Amazon.co.jpでのご注文の商品が発送されました", dom="amazon.co.jp", charset="shift_jis", cte="8bit",
  body="森山 香苗 様\n\nAmazon.co.jpをご利用いただき、ありがとうございます。\nご注文の商品を発送しました。\n\n注文番号: 249-3918274-1120645\nお届け予定: 3月13日(木)\n\n配送状況は「注文履歴」からご確認いただけます。\nこのメールは配信専用です。ご返信いただいてもお答えできませんのでご了承ください。\n",
  note="amazon retail JP Shift_JIS 8bit; order number with digits")

M("a_rep1", T(2025,3,11,12,21), "user_reply", False, A, ["AWS04719263", "AWS11820457"], "Kanae Moriyama <%s>" % ME, TC, QA, dom="outlook.jp",
  body=("Hi Tomasz,\n\nThanks for the quick reply. Here they are:\n\n- old company profile: AWS04719263 (k-moriyama@hoshizora-sys.co.jp)\n- personal profile: AWS11820457 (kanae.moriyama.k@outlook.jp)\n\nI'd like to keep the personal one.\n\nBest,\nKanae\n\n"
        "On Tue, Mar 11, 2025 at 5:02 PM AWS Training and Certification <%s> wrote:\n"
        "> Hello Kanae,\n>\n> From the form alone I'm unable to tell which records belong to which profile. What I still need are the two candidate IDs (each starts\n> with the letters AWS followed by eight digits), together with the login email of the profile you'd like to end up with.\n" % TC),
  irt="a_info1", note="user's own reply with both candidate IDs; Gmail quote")

M("ph1", T(2025,3,12,2,15), "suspicious", False, None, [], "AWS Certification Support <case-desk@aws-certification-desk.com>", ME,
  "[CASE %s] Action required: verify identity to complete your account merge" % A, dom="aws-certification-desk.com",
  html=("<html><body><p>Dear Candidate,</p><p>Your merge request <b>%s</b> is on hold pending identity verification. To avoid cancellation of your certifications within 24 hours, confirm your credentials here:</p>"
        "<p><a href='http://aws-certification-desk.com/verify?c=%s'>Verify my account</a></p><p>AWS Training &amp; Certification</p></body></html>" % (A, A)),
  note="lookalike domain reusing the real case number; urgent ask; must be suspicious with case null")

M("a_hold", T(2025,3,12,6,48), "on_hold", True, A, ["AWS04719263"], TCF, ME, QA,
  body=("Hi Kanae,\n\nThis is Rafael, picking up case %s from Tomasz.\n\n"
        "While reviewing AWS04719263 I found that it is connected to an AWS Partner Network organization (Hoshizora Systems). Profiles that belong to a partner organization count toward that partner's certification totals, so we can't move them out while the holder is still on the partner's roster. The merge is on pause for now.\n\n"
        "Can you tell us whether you have already left Hoshizora Systems, or if not, the date your employment ends?\n\n"
        "With that we can ask our partner team to detach the profile.\n\nRegards,\nRafael\nAWS Training and Certification\n" % A) + SIG_FOOT,
  html=("<html><body><p>Hi Kanae,</p><p>This is Rafael, picking up case %s from Tomasz.</p><p>While reviewing AWS04719263 I found that it is connected to an AWS Partner Network organization (Hoshizora Systems). Profiles that belong to a partner organization count toward that partner's certification totals, so we can't move them out while the holder is still on the partner's roster. The merge is on pause for now.</p>"
        "<p>Can you tell us whether you have already left Hoshizora Systems, or if not, the date your employment ends?</p><p>With that we can ask our partner team to detach the profile.</p><p>Regards,<br>Rafael</p></body></html>" % A),
  irt="a_rep1", note="APN hold that asks a question (needs reply); multipart QP")

M("a_fwd", T(2025,3,12,9,5), "user_reply", False, A, [], "森山 香苗 <%s>" % ME, "ogata.t@hoshizora-sys.co.jp", "Fwd: " + QA, dom="outlook.jp", cc=CO,
  body=("緒方さん\n\nお疲れさまです。森山です。\nAWS認定アカウントの統合を申請したところ、APNパートナーに紐づいているため保留と連絡がありました。\n会社側で何か手続きが必要か、念のため共有します。\n\n森山\n\n"
        "---------- Forwarded message ---------\nFrom: AWS Training and Certification <%s>\nDate: 2025年3月12日(水) 15:48\nSubject: %s\nTo: <%s>\n\n"
        "Hi Kanae,\n\nWhile reviewing AWS04719263 I found that it is connected to an AWS Partner Network organization (Hoshizora Systems). ...\n"
        "Can you tell us whether you have already left Hoshizora Systems, or if not, the date your employment ends?\n" % (TC, QA, ME)),
  note="owner forwards the hold to her manager (cc own company address); quoted ask is not hers to answer here; candidate ID only in forwarded part")

M("ooo1", T(2025,3,12,9,6), "unrelated", False, None, [], "緒方 隆 <ogata.t@hoshizora-sys.co.jp>", ME,
  "自動応答: Fwd: " + QA, dom="hoshizora-sys.co.jp", charset="iso-2022-jp",
  extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"),
  body="お疲れさまです。緒方です。\n3月12日から3月16日まで出張のため不在にしております。\n3月17日以降、順次ご返信いたします。\nお急ぎの場合は部代表(03-5555-0142)までご連絡ください。\n",
  note="JP out-of-office with the case subject; not from support")

M("pv1", T(2025,3,13,3,0), "unrelated", False, None, [], "Pearson VUE <noreply@pearsonvue.com>", ME,
  "Confirmation of your AWS Certified Solutions Architect - Professional exam appointment", dom="pearsonvue.com",
  html="<html><body><p>Dear Kanae Moriyama,</p><p>Thank you for scheduling with Pearson VUE.</p><table border='1'><tr><td>Registration ID</td><td>482019337</td></tr><tr><td>Exam</td><td>SAP-C02</td></tr><tr><td>Date</td><td>Thursday, April 24, 2025 10:00 JST</td></tr></table><p>If you need to reschedule, please do so at least 24 hours in advance.</p></body></html>",
  body="Dear Kanae Moriyama,\n\nThank you for scheduling with Pearson VUE.\nRegistration ID: 482019337\nExam: SAP-C02\nDate: Thursday, April 24, 2025 10:00 JST\n\nIf you need to reschedule, please do so at least 24 hours in advance.\n",
  note="exam vendor; 9-digit registration ID")

M("a_close", T(2025,3,17,1,30), "closing_notice", True, A, [], TCF, ME, QA, cte="base64",
  html=("<html><body><table width='600' cellpadding='8' style='font-family:Arial'>"
        "<tr><td style='background:#232f3e;color:#fff'>Amazon Web Services</td></tr>"
        "<tr><td><p>Hello,</p><p>We are following up on case <b>%s</b>. Our last message to you has not received a response yet.</p>"
        "<p>Unless we hear back within the next 3 business days, this case will be closed automatically. A reply to this email is all it takes to keep it active.</p></td></tr>"
        "<tr><td style='font-size:11px;color:#666'>Case ID: %s</td></tr></table></body></html>" % (A, A)),
  irt="a_hold", note="HTML-only base64 table; closing notice without please")

M("a_rep2", T(2025,3,17,2,11), "user_reply", False, A, [], "Moriyama Kanae <%s>" % CO, TC, "RE: " + QA, dom="hoshizora-sys.co.jp", crlf=True,
  body=("Hello Rafael,\r\n\r\nSorry for the slow answer - I was traveling. My last working day at Hoshizora Systems is March 28, 2025. Please go ahead with the merge.\r\n\r\nKanae Moriyama\r\n\r\n"
        "-----Original Message-----\r\nFrom: AWS Training and Certification <%s>\r\nSent: Monday, March 17, 2025 10:30 AM\r\nTo: kanae.moriyama.k@outlook.jp\r\nSubject: %s\r\n\r\n"
        "Unless we hear back within the next 3 business days, this case will be closed automatically. A reply to this email is all it takes to keep it active.\r\n\r\n"
        "-----Original Message-----\r\nFrom: AWS Training and Certification <%s>\r\nSent: Wednesday, March 12, 2025 3:48 PM\r\n\r\n"
        "Can you tell us whether you have already left Hoshizora Systems, or if not, the date your employment ends?\r\n" % (TC, QA, TC)),
  irt="a_close", note="user writes from the old company address (wrong address), Outlook top-post over two quoted asks")

M("a_info2", T(2025,3,18,4,2), "info_request", True, A, [], TCF, CO, QA,
  body=("Kanae,\n\nThanks for the date. One snag: your note reached us from k-moriyama@hoshizora-sys.co.jp, which is the mailbox of the profile being retired. "
        "Since everything will end up under kanae.moriyama.k@outlook.jp, the go-ahead has to come from that mailbox - we need you to send the same statement from your personal address before we can involve the partner team.\n\n"
        "Rafael\nAWS Training and Certification\n") + SIG_FOOT,
  irt="a_rep2", note="wrong-address request sent to the company mailbox; 'we need you to'")

M("a_rep3", T(2025,3,18,10,40), "user_reply", False, A, [], "Kanae Moriyama <%s>" % ME, TC, "Re: my certification accounts", dom="outlook.jp",
  body=("Hi Rafael,\n\nWriting from my personal address as asked. I confirm that I am leaving Hoshizora Systems (last day March 28, 2025) and want the company profile merged into this one.\n\nKanae\n"),
  irt="a_info2", note="reply with no case number in subject; threaded only by In-Reply-To/References")

M("a_hold2", T(2025,3,19,0,55), "on_hold", False, A, [], TCF, ME, QA,
  body=("Hello Kanae,\n\nThank you - that is exactly what we needed.\n\nI've handed the profile over to our APN operations colleagues so they can release it from the Hoshizora Systems partner organization. Our side of case %s is parked until they finish, which normally takes two to four business days. There is nothing for you to do in the meantime; I'll write again as soon as they're done.\n\n"
        "Rafael\nAWS Training and Certification\n\n> Writing from my personal address as asked. I confirm that I am leaving Hoshizora Systems\n" % A) + SIG_FOOT,
  irt="a_rep3", note="hold waiting on partner team, explicitly asks nothing")

M("bill1", T(2025,3,19,3,10), "unrelated", False, None, [], "Amazon Web Services <aws-billing@amazon.com>", ME,
  "Amazon Web Services Invoice Available [Account: 402918374615]",
  body="Greetings from Amazon Web Services,\n\nThis e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:\n\nTotal: USD 3.42\nAccount ID: 402918374615\n\nYou can see a complete break down of all charges on the Billing page.\n\nThank you for using Amazon Web Services.\n",
  note="AWS billing; 12-digit account id")

M("mkt1", T(2025,3,20,1,0), "unrelated", False, None, [], "アマゾン ウェブ サービス ジャパン <aws-marketing-email-replies@amazon.com>", ME,
  "【ご招待】AWS Summit Japan 2025 事前登録受付中", cte="base64",
  html="<html><body><p>森山 香苗 様</p><p>AWS Summit Japan 2025 の事前登録を開始しました。150 を超えるセッションをご用意しています。</p><p>ご登録は下記ボタンから。ご不明点がございましたら、本メールにご返信ください。</p><p><a href='https://aws.amazon.com/jp/summits/japan/'>今すぐ登録</a></p><p>配信停止はこちら</p></body></html>",
  note="JP marketing from amazon.com with conditional reply invitation")

M("a_upd", T(2025,3,24,2,20), "case_update", False, A, [], TCF, ME, QA,
  body="Hi Kanae,\n\nGood news on case %s: the partner team has removed the Hoshizora Systems association from your old profile. I'm now lining the two profiles up for the merge and will send you the details shortly.\n\nRafael\n" % A + SIG_FOOT,
  irt="a_hold2", note="progress news, asks nothing")

TABLE = ("<table border='1' cellpadding='6' style='border-collapse:collapse'>"
         "<tr><th></th><th>Account #1</th><th>Account #2</th></tr>"
         "<tr><td>Candidate ID</td><td>AWS04719263</td><td>AWS11820457</td></tr>"
         "<tr><td>Login email</td><td>k-moriyama@hoshizora-sys.co.jp</td><td>kanae.moriyama.k@outlook.jp</td></tr>"
         "<tr><td>Training notification email</td><td>k-moriyama@hoshizora-sys.co.jp</td><td>kanae.moriyama.k@outlook.jp</td></tr>"
         "<tr><td>Certification notification email</td><td>k-moriyama@hoshizora-sys.co.jp</td><td>kanae.moriyama.k@outlook.jp</td></tr></table>")
M("a_conf", T(2025,3,24,2,51), "confirmation_request", True, A, ["AWS04719263", "AWS11820457"], TCF, ME, QA,
  html=("<html><body style='font-family:Arial'><p>Hi Kanae,</p><p>Below are the two profiles I found. Everything on the surviving one stays; the other is emptied into it and switched off.</p>%s"
        "<p>Which of the two should survive - Account #1 or Account #2?</p><p>Thanks,<br>Rafael<br>AWS Training and Certification</p>"
        "<p style='font-size:10px;color:#888'>Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.</p></body></html>" % TABLE),
  irt="a_upd", note="HTML-only table of Account #1/#2; bare question, no please")

M("a_rep4", T(2025,3,24,4,2), "user_reply", False, A, [], "Kanae Moriyama <%s>" % ME, TC, "Re: " + QA, dom="outlook.jp",
  body=("Confirmed - please merge everything into Account #2 (kanae.moriyama.k@outlook.jp).\n\nThank you!\nKanae\n\n"
        "On Mon, Mar 24, 2025 at 11:51 AM AWS Training and Certification <%s> wrote:\n> Hi Kanae,\n> Below are the two profiles I found.\n>\n> Account #1  AWS04719263  k-moriyama@hoshizora-sys.co.jp\n> Account #2  AWS11820457  kanae.moriyama.k@outlook.jp\n>\n> Which of the two should survive - Account #1 or Account #2?\n" % TC),
  irt="a_conf", note="user's confirmation; candidate IDs only in quote")

M("a_done", T(2025,3,24,9,37), "resolved", False, A, ["AWS04719263", "AWS11820457"], TCF, ME, QA,
  body=("Hi Kanae,\n\nAll set. The two profiles have been folded together: the exams, certifications, benefits and badges that lived on AWS04719263 are now part of AWS11820457, and the old profile has been switched off. "
        "From now on simply sign in with your Builder ID at kanae.moriyama.k@outlook.jp. Credly may send you fresh badge invitations over the next day or so.\n\nThat wraps up case %s from our side.\n\nRafael\nAWS Training and Certification\n\n"
        "-----Original Message-----\nFrom: AWS Training and Certification\nSent: 24/03/2025 02:51\n\nBelow are the two profiles I found.\nWhich of the two should survive - Account #1 or Account #2? Could you let us know by replying to this message?\n" % A) + SIG_FOOT,
  irt="a_rep4", note="completion in unusual words ('folded together', 'all set'), quotes the earlier question below")

M("a_surv", T(2025,3,25,9,40), "survey", False, A, [], "Amazon Web Services <aws-cs-survey@amazon.com>", ME,
  "How did we do? Case %s" % A,
  html="<html><body><p>Hello,</p><p>You recently worked with AWS Training and Certification customer service on case %s. Would you take one minute to rate the help you received?</p><p><a href='https://survey.aws/r?c=%s&s=5'>Very satisfied</a> | <a href='https://survey.aws/r?c=%s&s=1'>Very dissatisfied</a></p><p>Your answers are anonymous.</p></body></html>" % (A, A, A),
  body="Hello,\n\nYou recently worked with AWS Training and Certification customer service on case %s. Would you take one minute to rate the help you received?\nhttps://survey.aws/r?c=%s\n" % (A, A),
  note="satisfaction survey with question mark")

M("cr1", T(2025,3,25,10,2), "badge", False, None, [], "Credly <admin@credly.com>", ME,
  "Kanae, claim your AWS Certified Solutions Architect - Associate badge", dom="credly.com",
  html="<html><body><p>Amazon Web Services Training and Certification has issued you a badge: <b>AWS Certified Solutions Architect - Associate</b>.</p><p><a href='https://www.credly.com/badges/7c1e2a90-4b7d-4e55-9c1f-2d0e8a3b6f11/accept'>Accept your badge</a></p><p>Badge ID 7c1e2a90-4b7d-4e55-9c1f-2d0e8a3b6f11</p></body></html>",
  note="Credly badge; UUID not case")
M("cr2", T(2025,3,25,10,3), "badge", False, None, [], "Credly <admin@credly.com>", ME,
  "You've earned a badge from Amazon Web Services Training and Certification", dom="credly.com",
  body="Hi Kanae,\n\nCongratulations! Amazon Web Services Training and Certification has issued you the AWS Certified Developer - Associate badge.\nAccept it here: https://www.credly.com/earner/earned/badge/1b93f0d2-6c8e-4a1d-bf7e-55a90c2d1e4f\n\nThe Credly Team\n",
  note="second Credly badge, plain text")

M("jira1", T(2025,3,26,5,14), "unrelated", False, None, [], "Jira <jira@tsurugi-labs.atlassian.net>", ME,
  "[JIRA] (INF-88) Merge duplicate IAM accounts - Resolved", dom="atlassian.net",
  body="Shun Tada changed the status of INF-88 to Resolved.\n\nResolution: Done\n\nPlease confirm the fix in staging when you have time.\n",
  note="Jira resolved + 'please confirm' but not AWS")

M("it1", T(2025,3,26,6,0), "unrelated", False, None, [], "情報システム部 <it-helpdesk@hoshizora-sys.co.jp>", CO,
  "メールボックス停止のお知らせ(3/28 18:00)", dom="hoshizora-sys.co.jp", charset="iso-2022-jp",
  body="森山 香苗 様\n\n退職日に伴い、以下のアカウントを停止いたします。\n\n対象: k-moriyama@hoshizora-sys.co.jp\n停止日時: 2025年3月28日 18:00\n\n転送設定はできませんので、必要な連絡先には個人アドレスへの変更をお知らせください。\nご不明点がございましたら情報システム部までお問い合わせください。\n",
  note="company IT JP ISO-2022-JP; mailbox closing")

M("cm1", T(2025,3,27,0,10), "certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME,
  "AWS Certification wants to hear from you", dom="certmetrics.com",
  body="Hello Kanae,\n\nAs an AWS Certified individual, your feedback shapes our program. Please take our 10-minute survey about your certification experience:\nhttps://www.certmetrics.com/amazon/survey\n\nThank you,\nAWS Certification\n",
  note="certmetrics feedback invitation: certification, not survey")

M("bounce1", T(2025,3,31,1,5), "unrelated", False, None, [], "Mail Delivery Subsystem <mailer-daemon@outlook.com>", ME,
  "Undeliverable: FW: " + QA, dom="outlook.com",
  body=("Your message to k-moriyama@hoshizora-sys.co.jp couldn't be delivered.\n\nk-moriyama wasn't found at hoshizora-sys.co.jp.\n\nRemote server returned '550 5.1.1 User unknown'\n\n"
        "Original message headers:\nSubject: FW: %s\nFrom: Kanae Moriyama <%s>\n" % (QA, ME)),
  note="bounce carrying the case subject; company mailbox closed")

M("a_upd2", T(2025,4,1,1,20), "case_update", False, A, [], TCF, ME, QA,
  body="Hello Kanae,\n\nA short follow-up on case %s: the partner-side profile at Hoshizora Systems will stop showing your certifications within about five business days, once the weekly partner sync runs. No further action is required from you.\n\nBest,\nRafael\n" % A + SIG_FOOT,
  irt="a_done", note="post-resolution news; 'no further action is required'")

M("e_ack", T(2025,4,1,8,30), "acknowledgement", False, E, [], TCF, ME, QE, cte="base64", crlf=True,
  body=("Thank you for contacting Amazon Web Services.\n\nWe have opened case %s for you. Details:\n\nCase ID: %s\nInquiry: Certification / Digital badges\n\n"
        "Our team answers most requests within one business day. To help us serve everyone faster, please do not file another case about the same question.\n" % (E, E)) + SIG_FOOT,
  note="ack of a 10-digit case; base64 + CRLF")

M("e_info", T(2025,4,1,23,50), "info_request", True, E, [], TCF, ME, QE,
  body=("Hello Kanae,\n\nThanks for letting us know the Solutions Architect badge still appears under your former email in Credly. To trace this with Credly we'll need a screenshot of your Credly wallet page showing that badge, and the email address your Credly profile is registered with. Just reply here with both.\n\nRegards,\nMei\nAWS Training and Certification\n") + SIG_FOOT,
  irt="e_ack", note="request without please ('we'll need ... Just reply')")

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
M("e_rep", T(2025,4,2,0,40), "user_reply", False, E, [], "Kanae Moriyama <%s>" % ME, TC, "RE: " + QE, dom="outlook.jp",
  attach=("credly-wallet.png", PNG, "image/png"),
  body=("Hello Mei,\n\nScreenshot attached. My Credly profile uses kanae.moriyama.k@outlook.jp.\n\nKanae\n\n"
        "________________________________\nFrom: AWS Training and Certification <%s>\nSent: Wednesday, April 2, 2025 8:50\nSubject: %s\n\n"
        "To trace this with Credly we'll need a screenshot of your Credly wallet page showing that badge, and the email address your Credly profile is registered with.\n" % (TC, QE)),
  irt="e_info", note="user reply with attachment (multipart/mixed), Outlook web quote")

M("zd1", T(2025,4,2,3,0), "unrelated", False, None, [], "Kumo Pay Support <support@kumopay.zendesk.com>", ME,
  "[Kumo Pay] Your request #55102 has been solved", dom="zendesk.com",
  body="Hello Kanae,\n\nYour request (#55102) \"Card declined on renewal\" has been solved and the case is now closed.\n\nIf you feel the issue is not resolved, simply reply to this email to reopen the request.\n\nKumo Pay Support\n",
  note="other vendor's 'case closed' with reopen-by-reply")

M("e_hold", T(2025,4,2,7,15), "on_hold", False, E, [], TCF, ME, QE,
  html=("<html><body><p>Hi Kanae,</p><p>Thank you for the screenshot. I have raised the badge issue with our Credly integration contacts; the case is waiting on their side for now. "
        "As soon as they re-issue the badge I'll update you here.</p><p>If you notice anything else in the meantime, you're welcome to reply to this email.</p><p>Mei<br>AWS Training and Certification</p></body></html>"),
  body="Hi Kanae,\n\nThank you for the screenshot. I have raised the badge issue with our Credly integration contacts; the case is waiting on their side for now. As soon as they re-issue the badge I'll update you here.\n\nIf you notice anything else in the meantime, you're welcome to reply to this email.\n\nMei\n",
  irt="e_rep", note="hold waiting on Credly; conditional reply invitation only")

M("ph2", T(2025,4,3,4,22), "suspicious", False, None, [], "AWS Training and Certification <%s>" % TC, ME,
  QE, ok=False,
  html=("<html><body><p>Hello Kanae,</p><p>To finalize the badge re-issue on case %s we must re-validate your Builder ID. Sign in within 12 hours at "
        "<a href='https://signin-aws-builder.co/validate'>https://signin.aws/validate</a> or your certifications will be suspended.</p><p>AWS Training and Certification</p></body></html>" % E),
  note="spoofed From amazon.com with dkim/dmarc fail; reuses live case subject")

M("e_done", T(2025,4,4,2,5), "resolved", False, E, [], TCF, ME, QE,
  body=("Hello Kanae,\n\nCredly has re-issued your Solutions Architect - Associate badge to kanae.moriyama.k@outlook.jp; the copy under the old address has been revoked. An invitation from admin@credly.com should be in your inbox shortly. With that, case %s is resolved.\n\n"
        "How did we do? Rate this reply: https://survey.aws/r?c=%s\n\nMei\nAWS Training and Certification\n" % (E, E)) + SIG_FOOT,
  irt="e_hold", note="resolution with survey footer question")

M("cr3", T(2025,4,4,2,30), "badge", False, None, [], "Credly <admin@credly.com>", ME,
  "Amazon Web Services Training and Certification sent you a badge", dom="credly.com",
  body="Kanae,\n\nYour AWS Certified Solutions Architect - Associate badge is ready to accept.\nhttps://www.credly.com/badges/a43d9911-0c2e-4f1b-a7d1-993e10b2c8aa/accept\n\nCredly\n",
  note="re-issued Credly badge")

M("e_surv", T(2025,4,5,1,0), "survey", False, E, [], "Amazon Web Services <aws-cs-survey@amazon.com>", ME,
  "Your feedback on case %s" % E,
  body="Hello,\n\nPlease tell us about your recent experience with AWS Training and Certification customer service (case %s). The survey has three questions.\n\nhttps://survey.aws/r?c=%s\n\nThank you.\n" % (E, E),
  note="survey with 'please tell us'")

M("c_ack", T(2025,4,7,5,12), "acknowledgement", False, C, [], CON, ME,
  "Amazon Web Services: New Support case: %s" % C,
  body=("Dear Customer,\n\nA new support case has been opened for AWS account 583014729966.\n\nCase ID: %s\nSubject: 50%% exam benefit missing after certification account merge\nSeverity: General guidance\n\n"
        "You'll be notified by email when we respond." % C) + (CONSOLE_FOOT % C),
  note="console New Support case ack; 12-digit account id; console footer with 'please use the link'")

M("c_info", T(2025,4,8,1,33), "info_request", True, C, [], CON, ME,
  "RE:[CASE %s] 50%% exam benefit missing after certification account merge" % C,
  body=("Hello,\n\nThank you for your patience. I looked at the merged certification profile and can see the recertification history, but not the exam benefit you mention. "
        "Benefits are issued per certification, so I need to know which certification earned the voucher and roughly when you passed it, plus whether the voucher had already been used for a scheduled exam.\n\n"
        "Kindly add these details to the case in the Support Center.\n\nBest regards,\nHannah K.\nAmazon Web Services") + (CONSOLE_FOOT % C),
  note="console ask ('kindly') with feedback footer; answer must go to Support Center")

M("bid2", T(2025,4,8,1,50), "unrelated", False, None, [], "AWS <no-reply@login.awsapps.com>", ME,
  "AWS Builder ID sign-in verification code", dom="login.awsapps.com",
  body="Your verification code is: 204771\n\nEnter this code to sign in to your AWS Builder ID. It expires in 10 minutes.\n",
  note="6-digit code")

M("c_close", T(2025,4,11,2,0), "closing_notice", True, C, [], CON, ME,
  "RE:[CASE %s] 50%% exam benefit missing after certification account merge" % C,
  body=("Hello,\n\nWe haven't heard from you since our last message. This case will be automatically resolved in 3 days if there is no reply. "
        "If you still need help, add a correspondence to the case.\n\nAmazon Web Services") + (CONSOLE_FOOT % C),
  note="console auto-resolve warning")

M("c_upd", T(2025,4,12,3,45), "case_update", False, C, [], CON, ME,
  "RE:[CASE %s] 50%% exam benefit missing after certification account merge" % C,
  body=("Hello,\n\nThanks for the details you added. I found the voucher on the retired profile - it had not been carried over with the rest of the records. I've asked our benefits team to generate a replacement on your current profile; I'll post another update within two business days.\n\nHannah K.") + (CONSOLE_FOOT % C),
  note="console progress news with feedback footer")

M("c_done", T(2025,4,14,6,10), "resolved", False, C, [], CON, ME,
  "RE:[CASE %s] 50%% exam benefit missing after certification account merge" % C,
  body=("Hello,\n\nThe replacement 50%% discount benefit now appears under Benefits in your certification account and is valid until the original expiry date. I'm marking this case as resolved.\n\nHannah K.") + (CONSOLE_FOOT % C),
  note="console resolution; footer says 'to respond, use the link'")

M("cm2", T(2025,4,15,0,5), "certification", False, None, ["AWS11820457"], "AWS Certification <do-not-reply@certmetrics.com>", ME,
  "Your AWS Certified Developer - Associate expires in 90 days", dom="certmetrics.com",
  html="<html><body><p>Hello Kanae Moriyama (AWS11820457),</p><p>Your AWS Certified Developer - Associate certification expires on July 14, 2025. Recertify by passing the current exam.</p><p>Schedule your exam from your certification account.</p></body></html>",
  note="expiry notice carrying a candidate ID; no case")

M("d_ack", T(2025,4,15,7,3), "acknowledgement", False, D, [], TCF, ME, QD, charset="iso-2022-jp",
  body=("アマゾン ウェブ サービスにお問い合わせいただき、ありがとうございます。\nお客様のリクエストについて、ケース %s を作成いたしました。\n\nケースの詳細は以下のとおりです。\n\nケース ID: %s\n件名: [AWS Training and Certification Form Submission] - account-assistance\n\n"
        "担当者より通常24時間以内にご連絡いたします。すでにケースが提起されている場合は、同様のリクエストについて別のケースを提起しないでください。\n追加の情報がございましたら、件名を変更せずに本メールへご返信ください。\n\nAWS トレーニングと認定\n" % (D, D)),
  note="JP ack ISO-2022-JP with conditional reply invitation")

M("nl1", T(2025,4,15,9,0), "unrelated", False, None, [], "Qiita <noreply@qiita.com>", ME,
  "今週のトレンド記事: AWS認定アカウントを統合してみた ほか", dom="qiita.com", cte="8bit",
  body="森山さん、今週の人気記事をお届けします。\n\n1. AWS認定アカウントを統合してみた(会社→個人)\n2. Terraform 1.11 の新機能まとめ\n3. Rust で作る CLI ツール入門\n\n配信設定の変更はマイページから行えます。\n",
  note="JP newsletter UTF-8 8bit mentioning the same topic")

M("d_info", T(2025,4,16,2,30), "info_request", True, D, [], TCF, ME, QD,
  body=("森山 香苗 様\n\nAWS トレーニングと認定カスタマーサービスの佐藤でございます。\n\n"
        "お問い合わせいただいた試験履歴の件について確認いたしましたところ、統合済みのアカウントとは別に、AWS パートナーセントラルからのシングルサインオンで作成されたと思われる認定アカウントが存在する可能性がございます。"
        "2024年11月に受験された試験結果は、こちらのアカウントに記録されているものと推察いたします。\n\n"
        "つきましては、該当アカウントのご登録メールアドレス、および候補 ID(「AWS」から始まる8桁の番号)をお知らせいただけますでしょうか。\n\n"
        "お手数をおかけいたしますが、何卒よろしくお願いいたします。\n\n佐藤\nAWS トレーニングと認定\n"),
  note="JP keigo ask buried after explanation (いただけますでしょうか); QP UTF-8")

M("pv2", T(2025,4,17,0,0), "unrelated", False, None, [], "ピアソンVUE <noreply@pearsonvue.com>", ME,
  "【リマインダー】AWS 認定試験のご予約(登録ID: 482019337)", dom="pearsonvue.com", charset="shift_jis", cte="base64",
  body="森山 香苗 様\n\n試験日が近づいてまいりました。\n登録ID: 482019337\n試験: AWS Certified Solutions Architect - Professional\n日時: 2025年4月24日 10:00\n\n当日は本人確認書類を2点ご持参ください。変更をご希望の場合は24時間前までにお手続きください。\n",
  note="exam vendor JP Shift_JIS base64; 9-digit registration ID in subject")

M("d_close", T(2025,4,21,0,15), "closing_notice", True, D, [], TCF, ME, QD, charset="iso-2022-jp",
  body=("森山 香苗 様\n\n4月16日にご案内したメールについて、現時点でご返信を確認できておりません。\nそのため、本ケースはいったんクローズとさせていただきました。\n\n"
        "引き続きご対応をご希望の場合は、本メールにそのままご返信ください。ケースが自動的に再開されます。\n\n佐藤\nAWS トレーニングと認定\n"),
  irt="d_info", note="JP: case has just been closed; a reply reopens it")

M("d_rep", T(2025,4,21,1,2), "user_reply", False, D, ["AWS30917745", "AWS11820457"], "森山 香苗 <%s>" % ME, TC, "RE: " + QD, dom="outlook.jp", charset="shift_jis", cte="8bit",
  body=("佐藤様\n\nご連絡が遅くなり申し訳ありません。\nSSO で作成されたアカウントのメールアドレスは k-moriyama@hoshizora-sys.co.jp、候補IDは AWS30917745 です。\n統合済みのアカウント(AWS11820457)へまとめていただけると助かります。\n\n森山\n\n"
        "2025年4月21日(月) 9:15 AWS Training and Certification <%s>:\n> 森山 香苗 様\n>\n> 4月16日にご案内したメールについて、現時点でご返信を確認できておりません。\n> 引き続きご対応をご希望の場合は、本メールにそのままご返信ください。\n" % TC).replace("AWS30917745 です", "AWS30917745 です"),
  note="JP user reply Shift_JIS 8bit; JP Gmail reply header")

M("d_reopen", T(2025,4,22,1,40), "case_update", False, D, [], TCF, ME, QD,
  body=("森山様\n\nご返信ありがとうございます。ケース %s を再開いたしました。\nご提供いただいた情報をもとに該当アカウントを特定でき、現在統合に向けた準備を進めております。\n準備が整いましたら改めてご連絡いたします。\n\n佐藤\n" % D),
  irt="d_rep", note="JP reopened-case progress news")

M("d_conf", T(2025,4,22,6,0), "confirmation_request", True, D, ["AWS30917745", "AWS11820457"], TCF, ME, QD, charset="iso-2022-jp",
  body=("森山様\n\n統合対象のアカウントは以下のとおりです。\n\nアカウント1\n  候補ID: AWS30917745\n  ログインメール: k-moriyama@hoshizora-sys.co.jp(パートナーセントラル SSO)\n"
        "アカウント2\n  候補ID: AWS11820457\n  ログインメール: kanae.moriyama.k@outlook.jp\n\n"
        "アカウント2に統合してよいか、返信ください。\n\n佐藤\n"),
  irt="d_reopen", note="JP plain ください confirmation with account list")

M("mkt2", T(2025,4,22,7,0), "unrelated", False, None, [], "AWS Japan <aws-marketing-email-replies@amazon.com>", ME,
  "【ウェビナー】生成AI活用入門 - お申し込みください", cte="quoted-printable",
  body="森山 香苗 様\n\n4月30日開催の無料ウェビナーのご案内です。\n定員に達し次第締め切りとなりますので、お早めにお申し込みください。\n\nhttps://aws.amazon.com/jp/events/\n\nアマゾン ウェブ サービス ジャパン合同会社\n",
  note="JP marketing with imperative ください")

M("d_rep2", T(2025,4,22,8,12), "user_reply", False, D, [], "森山 香苗 <%s>" % ME, TC, "RE: " + QD, dom="outlook.jp",
  body="佐藤様\n\nはい、アカウント2に統合してください。よろしくお願いいたします。\n\n森山\n",
  irt="d_conf", note="JP user confirmation")

M("d_done", T(2025,4,23,0,48), "resolved", False, D, [], TCF, ME, QD,
  body=("森山様\n\nお待たせいたしました。アカウントの統合作業が完了いたしました。2024年11月の試験履歴を含め、すべての記録が現在のアカウントでご確認いただけます。\n\n"
        "ご不明な点がございましたら、本メールにご返信ください。\n\n佐藤\nAWS トレーニングと認定\n\n"
        "-----Original Message-----\n統合対象のアカウントは以下のとおりです。\nアカウント1 候補ID: AWS30917745\nアカウント2 候補ID: AWS11820457\nアカウント2に統合してよいか、返信ください。\n"),
  irt="d_rep2", note="JP completion; conditional ご不明な点がございましたら; quoted old request with candidate IDs")

M("d_surv", T(2025,4,23,9,0), "survey", False, D, [], "Amazon Web Services <aws-cs-survey@amazon.com>", ME,
  "サポートのご対応はいかがでしたか (ケース %s)" % D, cte="base64",
  html="<html><body><p>森山 様</p><p>先日のお問い合わせ(ケース %s)に関するアンケートへのご協力をお願いいたします。所要時間は1分程度です。</p><p><a href='https://survey.aws/r?c=%s&l=ja'>アンケートに回答する</a></p></body></html>" % (D, D),
  note="JP survey HTML-only base64")

M("cm3", T(2025,4,24,8,0), "certification", False, None, [], "AWS Certification <do-not-reply@certmetrics.com>", ME,
  "Congratulations on recertifying your AWS Certification!", dom="certmetrics.com",
  body="Congratulations, Kanae!\n\nYou have successfully recertified AWS Certified Solutions Architect - Professional. Your new expiration date is April 24, 2028.\n\nView your digital certificate in your certification account.\n",
  note="recertification congratulation")

M("sb1", T(2025,4,25,2,0), "unrelated", False, None, [], "AWS Skill Builder <no-reply@aws.training>", ME,
  "Your AWS Skill Builder subscription receipt", dom="aws.training",
  body="Thank you for your purchase.\n\nOrder: SB-7730215\nIndividual subscription (monthly): USD 29.00\n\nManage your subscription from Account settings.\n",
  note="Skill Builder receipt")

M("ph3", T(2025,4,25,5,30), "suspicious", False, None, [], "Credly Badges <notify@credly-wallet.com>", ME,
  "Action needed: your AWS badge will be removed", dom="credly-wallet.com",
  html="<html><body><p>Your AWS Certified Solutions Architect badge failed verification after your account merge. Please reply with your Builder ID password or re-verify here within 48 hours.</p><p><a href='http://credly-wallet.com/reverify'>Re-verify</a></p></body></html>",
  note="Credly lookalike asking for reply")

M("gh2", T(2025,4,25,8,30), "unrelated", False, None, [], "Ren Aoki <notifications@github.com>", ME,
  "Re: [tsurugi-labs/infra-modules] Could you confirm which account to keep? (Issue #240)", dom="github.com",
  body="@kanae-moriyama could you confirm which AWS account we should keep for the sandbox - the old one or the new org account? Please reply here.\n\n--\nReply to this email directly or view it on GitHub.\n",
  note="GitHub issue asking 'which account to keep'")

M("hr2", T(2025,4,26,0,30), "unrelated", False, None, [], "株式会社ツルギラボ 人事 <hr@tsurugi-labs.jp>", ME,
  "入社手続きに関するご連絡", dom="tsurugi-labs.jp", cte="base64",
  body="森山 香苗 様\n\nツルギラボ人事の西田です。入社手続きに必要な書類について、4月30日までにご返信いただけますでしょうか。\n・マイナンバー確認書類\n・給与振込口座\n\nよろしくお願いいたします。\n",
  note="new employer JP keigo request; not AWS")

M("ph4", T(2025,4,27,3,0), "suspicious", False, None, [], "AWS認定サポート <support@aws-ninntei.jp>", ME,
  "【重要】AWS認定アカウント統合の最終確認", dom="aws-ninntei.jp", charset="iso-2022-jp",
  body="お客様\n\nAWS認定アカウントの統合が未完了です。ケース 174160523801472 を完了するため、24時間以内に下記URLからログインし、本人確認を行ってください。\n\nhttp://aws-ninntei.jp/login\n\nAWS トレーニングと認定\n",
  note="JP lookalike phishing naming the real case")

M("health1", T(2025,4,28,1,0), "unrelated", False, None, [], "AWS Notifications <no-reply@sns.amazonaws.com>", ME,
  "AWS Notification - Budget alert for account 402918374615", dom="sns.amazonaws.com",
  body="AWS Budgets: your budget 'sandbox-monthly' has exceeded 80% of the USD 10.00 limit.\nAccount: 402918374615\n\n--\nIf you wish to stop receiving notifications from this topic, please click the link below to unsubscribe.\n",
  note="AWS budget alert")

M("gc1", T(2025,4,28,4,0), "unrelated", False, None, [], "Google Cloud Certification <noreply-cert@google.com>", ME,
  "Your Professional Cloud Architect certification expires soon", dom="google.com",
  body="Hi Kanae,\n\nYour Google Cloud Professional Cloud Architect certification expires on June 2, 2025. Renew now to keep your credential active.\n",
  note="other vendor certification expiry (not AWS certification)")

M("slack1", T(2025,4,28,9,0), "unrelated", False, None, [], "Slack <feedback@slack.com>", ME,
  "[Tsurugi Labs] You have 4 unread messages", dom="slack.com",
  body="Shun Tada: can you confirm your AWS cert account got merged? we need it for the partner tier form\nRen Aoki: :+1:\n\nReply in Slack.\n",
  note="chat digest with confirm/merged words")

M("a_rep5", T(2025,4,29,0,30), "user_reply", False, A, [], "Kanae Moriyama <%s>" % ME, TC, "Re: " + QA, dom="outlook.jp",
  body=("Hi Rafael,\n\nJust to close the loop: everything shows up correctly on my account now, and the partner profile at my old company no longer lists me. Thank you for your help - no need to respond.\n\nKanae\n\n"
        "On Tue, Apr 1, 2025 at 10:20 AM AWS Training and Certification <%s> wrote:\n> A short follow-up on case %s: the partner-side profile at Hoshizora Systems will stop showing your certifications\n> No further action is required from you.\n" % (TC, A)),
  irt="a_upd2", note="user's thank-you after resolution")

M("tr2", T(2025,4,30,2,0), "unrelated", False, None, [], "AWS Training and Certification <no-reply@aws.training>", ME,
  "Your transcript has been updated", dom="aws.training",
  body="Hello Kanae,\n\nYour AWS Skill Builder transcript now includes 3 completed courses. Review your learning history any time from My Transcript.\n",
  note="training platform notice")

M("mkt3", T(2025,4,30,15,0), "unrelated", False, None, [], "AWS re:Invent <aws-marketing-email-replies@amazon.com>", ME,
  "Registration is open: AWS re:Invent 2025",
  html="<html><body><table><tr><td><h1>re:Invent 2025</h1><p>Join us in Las Vegas. Reply to this email if you have any questions about group passes.</p></td></tr></table></body></html>",
  note="marketing, HTML-only with conditional reply")

MSGS.sort(key=lambda m: m["when"])
rows = []
for i, m in enumerate(MSGS, 1):
    base = "%03d-m" % i
    with open(os.path.join(OUT, base + ".eml"), "wb") as f:
        f.write(render(m, i))
    with open(os.path.join(OUT, base + ".json"), "w") as f:
        json.dump({"kind": m["kind"], "needs_reply": m["nr"], "case": m["case"], "candidate_ids": m["cids"]}, f, ensure_ascii=False)
        f.write("\n")
    rows.append((base, m))
with open(os.devnull, "w") as f:
    json.dump([(b, m["kind"], m["nr"], m["case"], m["note"]) for b, m in rows], f, ensure_ascii=False)
print(len(rows))
