#!/usr/bin/env python3
"""Write the blind-374 corpus: NNN-msg.eml / NNN-msg.json pairs and README.md.

Standard library only.  Run from anywhere: files are written next to this script.
"""
import base64
import hashlib
import html
import json
import os
import quopri
from collections import Counter
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr

OUT = os.path.dirname(os.path.abspath(__file__))
JST = timezone(timedelta(hours=9))
UTC = timezone.utc

ME_P = "morisaki.kenta.dev@gmail.com"          # personal (Gmail)
ME_C = "k-morisaki@hoshizora-sys.co.jp"         # company (closes 28 Feb 2025)
ME_NAME = "Kenta Morisaki"
TC = "aws-cs-trainingcertification-form@amazon.com"
TCN = "AWS Training and Certification"
CONSOLE = "no-reply-aws@amazon.com"

CASE_A = "173975281604217"   # merge company -> personal (form)
CASE_B = "173975431209906"   # duplicate form of A, sent from company address
CASE_C = "174113691508163"   # name correction, Japanese-speaking agents (form)
CASE_D = "12873390541"       # Support Center console case: reschedule exam
CASE_E = "174364452700918"   # 2019 exam missing, third (university) account
CASE_F = "174373218806655"   # score report not visible (plain completion)

CID_P = "AWS05518402"   # personal certification account (kept)
CID_C = "AWS02957731"   # company certification account (merged away)
CID_U = "AWS01163985"   # university account from 2019
CID_X = "AWS01163958"   # typo the owner made, belongs to someone else

SUBJ_FORM = "[AWS Training and Certification Form Submission] - account-assistance"

RECORDS = []


# ----------------------------------------------------------------- helpers
def hd(value, cs="utf-8"):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, cs, maxlinelen=74).encode()


def who(name, addr, cs="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, cs).encode(), addr)


def jst(mo, d, hh, mi, ss=0):
    return datetime(2025, mo, d, hh, mi, ss, tzinfo=JST)


def _hash(seed, n=40):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def ses_id(seed):
    x = _hash(seed)
    return "<01000195%s-%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
        x[:8], x[8:16], x[16:20], x[20:24], x[24:28], x[28:40])


def gmail_id(seed):
    b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    b = b.replace("/", "x").replace("+", "Q").rstrip("=")
    return "<CAJ%s%s@mail.gmail.com>" % (b[:36], "=" + b[36:40])


def outlook_id(seed):
    x = _hash(seed, 32).upper()
    return "<TYCP286MB%s%s@TYCP286MB2147.JPNP286.PROD.OUTLOOK.COM>" % (x[:4], x[4:32])


def plain_id(seed, domain):
    return "<%s.%s@%s>" % (_hash(seed, 16), _hash(seed + "x", 8), domain)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        out = b""
        for k, v in self.headers:
            out += ("%s: %s\n" % (k, v)).encode("ascii")
        return out + b"\n" + self.body


def text(s, sub="plain", cs="utf-8", cte="qp", flowed=False):
    if cs == "iso-2022-jp":
        raw = b"\n".join(line.encode("iso-2022-jp") for line in s.split("\n"))
        cte = "7bit"
    else:
        raw = s.encode(cs)
    if cte == "qp":
        body, name = quopri.encodestring(raw), "quoted-printable"
    elif cte == "b64":
        body, name = base64.encodebytes(raw), "base64"
    else:
        body, name = raw, cte
    if not body.endswith(b"\n"):
        body += b"\n"
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", name)], body)


def multi(sub, parts, seed, preamble=None, extra_ct=""):
    bnd = "----=_Part_%s_%s" % (_hash(seed, 6), _hash(seed + "b", 10))
    body = b""
    if preamble:
        body += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        body += b"--" + bnd.encode() + b"\n" + p.bytes()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + bnd.encode() + b"--\n"
    return Part([("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (sub, extra_ct, bnd))], body)


def raw_part(ctype, body_text, cte="7bit"):
    return Part([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)],
                body_text.encode("ascii") if not body_text.endswith("\n")
                else body_text.encode("ascii"))


def as_html(txt, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    """Turn plain paragraphs into simple HTML."""
    blocks = [b for b in txt.strip("\n").split("\n\n")]
    ps = []
    for b in blocks:
        lines = [html.escape(x) for x in b.split("\n")]
        ps.append("<p>%s</p>" % "<br>\n".join(lines))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body><div style="%s">\n%s\n</div></body></html>\n' % (style, "\n".join(ps)))


def alt(txt, seed, cs="utf-8", cte="qp", html_text=None):
    return multi("alternative", [text(txt, "plain", cs, cte),
                                 text(html_text or as_html(txt), "html", cs, cte)], seed)


def quote(txt, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in txt.strip("\n").split("\n"))


def gmail_attr(when, name, addr):
    return "On %s at %s %s <%s> wrote:" % (
        when.strftime("%a, %b %-d, %Y"), when.strftime("%-I:%M %p"), name, addr)


def gmail_attr_ja(when, name, addr):
    wd = "月火水木金土日"[when.weekday()]
    return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (
        when.year, when.month, when.day, wd, when.hour, when.minute, name, addr)


def outlook_hdr(when, frm, to, subj, sent_fmt="%A, %B %-d, %Y %-I:%M %p"):
    return ("From: %s\nSent: %s\nTo: %s\nSubject: %s" %
            (frm, when.strftime(sent_fmt), to, subj))


def auth_gmail(d, mailfrom, sel, dkim="pass", spf="pass", dmarc="pass", p="QUARANTINE", ip="54.240.8.61"):
    rcv = ("from %s (%s.smtp-out.amazonses.com. [%s])\n"
           "        by mx.google.com with ESMTPS id a1b2c3d4e5f6\n"
           "        for <%s>" % ("a8-61.smtp-out.amazonses.com", "a8-61", ip, ME_P))
    ar = ("mx.google.com;\n       dkim=%s header.i=@%s header.s=%s header.b=Qm3vT8aF;\n"
          "       spf=%s (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n"
          "       dmarc=%s (p=%s sp=%s dis=NONE) header.from=%s" %
          (dkim, d, sel, spf, mailfrom, ip, mailfrom, dmarc, p, p, d))
    return [("Received", rcv), ("Authentication-Results", ar)]


def auth_corp(d, mailfrom, dkim="pass", spf="pass", dmarc="pass"):
    ar = ("mx01.hoshizora-sys.co.jp;\n\tspf=%s smtp.mailfrom=%s;\n\tdkim=%s header.d=%s;\n"
          "\tdmarc=%s header.from=%s" % (spf, mailfrom, dkim, d, dmarc, d))
    return [("Received", "from mx01.hoshizora-sys.co.jp (mx01.hoshizora-sys.co.jp [203.0.113.25])\n"
             "\tby mbox02.hoshizora-sys.co.jp (Postfix) with ESMTPS id 4Yx7Qk1hz9z"),
            ("Authentication-Results", ar)]


def ses_from(seed):
    x = _hash(seed, 12)
    return "01000195%s-%s-000000@amazonses.com" % (x, _hash(seed + "r", 8))


def amazon_auth(seed, to):
    mf = ses_from(seed)
    if to == ME_P:
        return auth_gmail("amazon.com", mf, "rte02")
    return auth_corp("amazon.com", mf)


def emit(when, frm, to, subj, part, label, note, *, mid, cc=None, irt=None, refs=None,
         top=None, extra=None, crlf=False, subj_cs="utf-8", show_tz=UTC, reply_to=None):
    kind, reply, case, cids = label
    hdrs = list(top or [])
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", hd(subj, subj_cs)),
             ("Date", format_datetime(when.astimezone(show_tz))),
             ("Message-ID", mid)]
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", "\n ".join(refs)))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += extra or []
    head = b"".join(("%s: %s\n" % (k, v)).encode("ascii") for k, v in hdrs)
    data = head + part.bytes()
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    n = len(RECORDS) + 1
    with open(os.path.join(OUT, "%03d-msg.eml" % n), "wb") as f:
        f.write(data)
    with open(os.path.join(OUT, "%03d-msg.json" % n), "w", encoding="utf-8") as f:
        json.dump({"kind": kind, "needs_reply": reply, "case": case,
                   "candidate_ids": list(cids)}, f, ensure_ascii=False)
        f.write("\n")
    RECORDS.append((n, kind, reply, case, note))
    return mid


def L(kind, reply=False, case=None, cids=()):
    return (kind, reply, case, list(cids))


# ----------------------------------------------------------------- messages
def part1():
    g = {}
    # 001 Builder ID one-time code
    t = jst(2, 17, 9, 12, 44)
    body = ("Hello,\n\n"
            "Use the code below to finish setting up your AWS Builder ID.\n\n"
            "    Verification code: 482913\n\n"
            "The code is valid for 30 minutes. If you did not start creating a Builder ID, you can "
            "safely ignore this message; nobody can use your email address without this code.\n\n"
            "Thanks,\nAWS Builder ID\n\n"
            "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, "
            "Seattle, WA 98109-5210.\n")
    emit(t, who("AWS Builder ID", "no-reply@signin.aws"), ME_P,
         "Verify your AWS Builder ID email address", alt(body, "001"),
         L("unrelated"), "Builder ID one-time code (6 digits) sent while the owner creates the personal account; not case mail.",
         mid=ses_id("001"), top=auth_gmail("signin.aws", ses_from("001"), "bid1"))

    # 002 acknowledgement A
    t = jst(2, 17, 9, 40, 31)
    g["ackA"] = ("Hello,\n\n"
                 "Thanks for reaching out to AWS Training and Certification. Your request has been logged "
                 "under case %s.\n\n"
                 "Here is a copy of what you sent us:\n\n"
                 "Inquiry type: Certification\n"
                 "Additional details: Account Merge\n"
                 "Name: Kenta Morisaki\n"
                 "Email: %s\n"
                 "AWS Candidate ID: %s\n"
                 "How can we help?: I am leaving Hoshizora Systems at the end of February. Please merge my "
                 "company certification account (%s, %s) into my personal one and keep %s as the "
                 "address on file.\n\n"
                 "Someone from our team normally gets back to you within one business day, although some "
                 "requests take longer to look into. If you want to add anything, reply to this message "
                 "rather than sending the form again; a second submission opens a separate case and slows "
                 "things down.\n\n"
                 "Regards,\n"
                 "AWS Training and Certification Customer Support\n"
                 % (CASE_A, ME_P, CID_P, ME_C, CID_C, ME_P))
    g["subjA"] = "[CASE %s] %s" % (CASE_A, SUBJ_FORM)
    g["midA2"] = emit(t, who(TCN, TC), ME_P, g["subjA"], text(g["ackA"]),
                      L("acknowledgement", False, CASE_A, [CID_P, CID_C]),
                      "Case A opened. Echoes the form text, so candidate IDs appear in the message's own text; "
                      "'reply to this message rather than…' is an instruction, not a request.",
                      mid=ses_id("002"), top=amazon_auth("002", ME_P))

    # 003 acknowledgement B (Japanese, ISO-2022-JP, to company address)
    t = jst(2, 17, 10, 5, 40)
    g["ackB"] = ("森崎 健太 様\n\n"
                 "AWS トレーニングと認定へお問い合わせいただき、誠にありがとうございます。\n"
                 "お問い合わせをケース番号 %s として承りました。\n\n"
                 "担当者より原則 1 営業日以内にご連絡を差し上げます。内容によっては、調査に\n"
                 "お時間を頂戴する場合がございますので、あらかじめご了承ください。\n\n"
                 "同じご用件で重ねてフォームを送信されますと、別のケースとして登録され、\n"
                 "かえって回答が遅れる原因となります。補足がございましたら、本メールへの\n"
                 "ご返信にてお知らせください。\n\n"
                 "■ 受付内容\n"
                 "お問い合わせタイプ: AWS トレーニングと認定\n"
                 "その他の詳細: アカウントの統合\n"
                 "AWS 候補 ID: %s\n"
                 "内容: 退職に伴い会社用の認定アカウントを個人用へ統合したいです。さきほど送信した"
                 "フォームがエラー表示になったため、念のため再送します。\n\n"
                 "AWS トレーニングと認定 カスタマーサポート\n" % (CASE_B, CID_C))
    g["subjB"] = "[CASE %s] %s" % (CASE_B, SUBJ_FORM)
    g["midB3"] = emit(t, who(TCN, TC), ME_C, g["subjB"], text(g["ackB"], cs="iso-2022-jp"),
                      L("acknowledgement", False, CASE_B, [CID_C]),
                      "Second form for the same request (case B), Japanese ack in ISO-2022-JP to the company "
                      "address; the same-request warning is boilerplate.",
                      mid=ses_id("003"), top=amazon_auth("003", ME_C))

    # 004 user_reply on B (Outlook, company address, CRLF, base64)
    t = jst(2, 17, 10, 21, 3)
    own = ("Hello,\n\n"
           "Sorry, I sent the form twice by mistake. The first one is case %s, which I submitted from "
           "my personal address. Please close this one (%s) and continue with the first.\n\n"
           "Best regards,\nKenta Morisaki\nHoshizora Systems Co., Ltd. / Cloud Integration Dept.\n"
           % (CASE_A, CASE_B))
    body = (own + "\n-----Original Message-----\n" +
            outlook_hdr(jst(2, 17, 10, 5), "%s <%s>" % (TCN, TC), ME_C, g["subjB"]) + "\n\n" + g["ackB"])
    g["midB4"] = emit(t, who("森崎 健太", ME_C), who(TCN, TC), "RE: " + g["subjB"],
                      alt(body, "004", cte="b64"),
                      L("user_reply", False, CASE_B),
                      "Owner asks support to close the duplicate; Outlook '-----Original Message-----' quoting "
                      "of a Japanese ack; mentions both case numbers (belongs to B).",
                      mid=outlook_id("004"), irt=g["midB3"], refs=[g["midB3"]], crlf=True, show_tz=JST,
                      extra=[("Thread-Topic", g["subjB"]), ("Thread-Index", "AdtXa1b2c3d4e5f6g7h8i9j0kLmN"),
                             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                             ("Content-Language", "ja-JP")])

    # 005 colleague: farewell party (Shift_JIS)
    t = jst(2, 17, 12, 33, 10)
    body = ("開発部のみなさま\n\n"
            "お疲れさまです。総務の田村です。\n"
            "2月末でご退職される森崎さんの送別会を、下記の候補日で予定しています。\n\n"
            "　候補1：2月25日(火) 19:00〜\n"
            "　候補2：2月26日(水) 19:00〜\n"
            "　場所：浜松町駅前「酒処 みなと」\n\n"
            "ご都合を 2月19日(水) までに調整表へご記入ください。\n"
            "森崎さんへのメッセージカードも回覧しますので、あわせてお願いします。\n\n"
            "総務部　田村 美咲\n内線 2214\n")
    emit(t, who("田村 美咲", "m-tamura@hoshizora-sys.co.jp"), "dev-all@hoshizora-sys.co.jp",
         "【ご案内】森崎さん送別会の日程について", text(body, cs="shift_jis", cte="b64"),
         L("unrelated"), "Colleague mail in Shift_JIS with a deadline request; not support mail, so no reply flag.",
         mid=outlook_id("005"), cc=ME_C, crlf=True, show_tz=JST, subj_cs="iso-2022-jp",
         top=auth_corp("hoshizora-sys.co.jp", "m-tamura@hoshizora-sys.co.jp"))

    # 006 case_update B: closed as duplicate
    t = jst(2, 18, 12, 10, 2)
    body = ("Hello Kenta,\n\n"
            "Thank you for letting us know. I have closed case %s as a duplicate, and your merge request "
            "will carry on under case %s. Any further news will come on that thread, so there is nothing "
            "for you to do on this one.\n\n"
            "Kind regards,\nTomasz\nAWS Training and Certification\n\n"
            "---------- Original message ----------\n"
            "From: %s\nDate: 17 February 2025 10:21\nSubject: RE: %s\n\n%s"
            % (CASE_B, CASE_A, ME_C, g["subjB"], quote(own)))
    emit(t, who(TCN, TC), ME_C, "RE:" + g["subjB"], text(body),
         L("case_update", False, CASE_B),
         "Duplicate case closed and linked to A: news, no ask. 'closed' is not a closing notice. Both numbers appear.",
         mid=ses_id("006"), irt=g["midB4"], refs=[g["midB3"], g["midB4"]], top=amazon_auth("006", ME_C))

    # 007 on_hold A with a buried question
    t = jst(2, 18, 14, 44, 50)
    g["holdA"] = ("Hi Kenta,\n\n"
                  "Thanks for your patience while I looked into this.\n\n"
                  "The certification account registered to %s is connected to an AWS Partner Network "
                  "organization (Hoshizora Systems Co., Ltd.). While that connection exists we are not able "
                  "to merge the account, because the partner's certification counts depend on it.\n\n"
                  "I have asked our Partner team to work with the partner's alliance lead on releasing the "
                  "link. Your case is paused on our side until that happens; I'll pick it up again as soon as "
                  "I hear back.\n\n"
                  "The Partner team normally wants to know the person's end date before they release a "
                  "connection. When is your last working day at Hoshizora Systems?\n\n"
                  "Best regards,\nPriya R.\nAWS Training and Certification Customer Service\n" % ME_C)
    g["subjAr"] = "RE:[CASE %s] %s" % (CASE_A, SUBJ_FORM)
    g["midA7"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], alt(g["holdA"], "007"),
                      L("on_hold", True, CASE_A),
                      "Partner (APN) hold; the one question (last working day) sits after the hold explanation "
                      "and has no 'please'. Hold + question => on_hold, reply needed.",
                      mid=ses_id("007"), irt=g["midA2"], refs=[g["midA2"]], top=amazon_auth("007", ME_P))

    # 008 user_reply A (Gmail)
    t = jst(2, 18, 17, 2, 15)
    g["r8"] = ("Hi Priya,\n\n"
               "My last working day is Friday, 28 February 2025. The company address will be switched off "
               "after that, so please keep using this personal address for the case.\n\n"
               "Thanks,\nKenta\n")
    body = g["r8"] + "\n" + gmail_attr(jst(2, 18, 14, 44), TCN, TC) + "\n\n" + quote(g["holdA"]) + "\n"
    g["midA8"] = emit(t, who(ME_NAME, ME_P), who(TCN, TC), g["subjAr"],
                      alt(body, "008", cte="qp"),
                      L("user_reply", False, CASE_A),
                      "Owner answers the hold question; Gmail quoting of the question below.",
                      mid=gmail_id("008"), irt=g["midA7"], refs=[g["midA2"], g["midA7"]], show_tz=JST)

    # 009 GitHub "Merged"
    t = jst(2, 18, 20, 15, 0)
    body = ("Merged #41 into main.\n\n"
            "\u2014\nReply to this email directly, view it on GitHub:\n"
            "https://github.com/kmorisaki/terraform-aws-lab/pull/41#event-16542209871\n"
            "You are receiving this because you authored the thread.\n")
    emit(t, who("Sayaka Ono", "notifications@github.com"), "kmorisaki/terraform-aws-lab <terraform-aws-lab@noreply.github.com>",
         "Re: [kmorisaki/terraform-aws-lab] Add budget alarm module (PR #41)", alt(body, "009"),
         L("unrelated"), "GitHub pull request 'Merged' notice with 'Reply to this email' footer.",
         mid="<kmorisaki/terraform-aws-lab/pull/41/issue_event/16542209871@github.com>",
         irt="<kmorisaki/terraform-aws-lab/pull/41@github.com>", refs=["<kmorisaki/terraform-aws-lab/pull/41@github.com>"],
         cc="Kenta Morisaki <author@noreply.github.com>",
         top=auth_gmail("github.com", "noreply@github.com", "pf2023", ip="192.30.252.205"),
         extra=[("List-ID", "kmorisaki/terraform-aws-lab <terraform-aws-lab.kmorisaki.github.com>"),
                ("X-GitHub-Reason", "author")])

    # 010 case_update A: passed to partner team
    t = jst(2, 19, 11, 5, 20)
    body = ("Thanks, Kenta. I've passed 28 February on to the Partner team and they have opened a request "
            "with the partner's alliance contact. In most cases this takes two to three business days. "
            "I'll update the case once the connection has been removed; nothing else is needed from you "
            "right now.\n\nPriya\n\n" + gmail_attr(jst(2, 18, 17, 2), ME_NAME, ME_P) + "\n" + quote(g["r8"]) + "\n")
    emit(t, who(TCN, TC), ME_P, g["subjAr"], text(body, cte="8bit"),
         L("case_update", False, CASE_A),
         "Still on hold but now pure progress news: 'nothing else is needed from you'.",
         mid=ses_id("010"), irt=g["midA8"], refs=[g["midA2"], g["midA7"], g["midA8"]], top=amazon_auth("010", ME_P))
    return g


def part2(g):
    # 011 marketing
    t = jst(2, 19, 18, 0, 5)
    htm = ('<!DOCTYPE html><html><body style="margin:0;background:#f2f3f3">'
           '<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial">'
           '<tr><td style="background:#232f3e;color:#fff;padding:20px;font-size:22px">AWS Summit Japan 2025</td></tr>'
           '<tr><td style="padding:20px">Kenta さん<br><br>6 月 25 日・26 日、幕張メッセで開催する AWS Summit Japan の'
           '参加登録を開始しました。150 を超えるセッション、認定者ラウンジ、ハンズオンをご用意しています。<br><br>'
           '<a href="https://aws.amazon.com/jp/summits/japan/?trk=em_1942">今すぐ登録する</a><br><br>'
           'AWS 認定をお持ちの方は、会場の認定者ラウンジで限定ノベルティをお受け取りいただけます。</td></tr>'
           '<tr><td style="padding:20px;font-size:11px;color:#666">このメールは配信を希望された方にお送りしています。'
           '配信停止は<a href="https://pages.awscloud.com/unsubscribe">こちら</a>。'
           'Amazon Web Services Japan G.K. 東京都品川区上大崎3-1-1</td></tr></table></body></html>')
    emit(t, who("Amazon Web Services", "aws-marketing-email-replies@amazon.com"), ME_P,
         "【登録受付中】AWS Summit Japan 2025 — 認定者ラウンジも再び開設", text(htm, "html", cte="b64"),
         L("unrelated"), "HTML-only Japanese marketing from amazon.com that mentions certification holders.",
         mid=ses_id("011"), top=auth_gmail("amazon.com", ses_from("011"), "mkt1"),
         extra=[("List-Unsubscribe", "<https://pages.awscloud.com/unsubscribe?id=aa81>")])

    # 012 certification: expiry reminder to company address
    t = jst(2, 20, 8, 30, 0)
    body = ("Dear Kenta Morisaki,\n\n"
            "Candidate ID: %s\n\n"
            "Your AWS Certified Developer - Associate certification will expire on 21 May 2025, "
            "90 days from now.\n\n"
            "To keep it active, pass the current version of the exam, or pass AWS Certified DevOps "
            "Engineer - Professional, before that date. You can schedule a recertification exam from "
            "your AWS Certification account. A 50%% discount benefit from a previous exam may be "
            "available under Benefits.\n\n"
            "Certifications that lapse are no longer shown as active on your transcript or in Credly.\n\n"
            "Sincerely,\nAWS Certification\n\n"
            "This mailbox is not monitored. Please do not reply to this message.\n" % CID_C)
    emit(t, who("AWS Certification", "do-not-reply@certmetrics.com"), ME_C,
         "Your AWS Certification is expiring soon", alt(body, "012"),
         L("certification", False, None, [CID_C]),
         "Program expiry reminder (CertMetrics) with candidate ID; talks about recertifying and benefits but is "
         "no case mail.", mid=plain_id("012", "certmetrics.com"),
         top=auth_corp("certmetrics.com", "bounce@certmetrics.com"))

    # 013 AWS billing (same sender as console cases)
    t = jst(2, 21, 9, 2, 11)
    body = ("Greetings from Amazon Web Services,\n\n"
            "This e-mail confirms that your latest billing statement is available on the AWS web site. "
            "Your account will be charged the following:\n\n"
            "Total: $14.82\n\n"
            "Please see the Bills section of the Billing and Cost Management console for details.\n\n"
            "[AWS ID 381920457716]\n\n"
            "Thank you for using Amazon Web Services.\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, "
            "Seattle, WA 98109-5210. This address cannot accept incoming e-mails.\n")
    emit(t, who("Amazon Web Services", CONSOLE), ME_P,
         "Amazon Web Services Billing Statement Available [Account: 381920457716]", text(body, cte="7bit"),
         L("unrelated"), "Billing statement from the console-case sender; 12-digit account ID is not a case number.",
         mid=ses_id("013"), top=amazon_auth("013", ME_P))

    # 014 case_update A: hold lifted (HTML only)
    t = jst(2, 24, 10, 14, 2)
    htm = ('<html><body><div style="font-family:Calibri,Arial;font-size:11pt">'
           '<p>Hello Kenta,</p>'
           '<p>Good news: the Partner team has confirmed that the certification account on '
           '<a href="mailto:%s">%s</a> is no longer connected to the Hoshizora Systems partner profile, '
           'so the hold on your case has been lifted.</p>'
           '<p>I\'m now going through both accounts and will write to you shortly with the details for '
           'the merge.</p>'
           '<p>Cheers,<br>Marco<br><span style="color:#777">AWS Training and Certification</span></p>'
           '</div></body></html>' % (ME_C, ME_C))
    g["midA14"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], text(htm, "html"),
                       L("case_update", False, CASE_A),
                       "Hold lifted, HTML-only; announces a future confirmation step but asks nothing yet.",
                       mid=ses_id("014"), irt=g["midA8"], refs=[g["midA2"], g["midA7"], g["midA8"]],
                       top=amazon_auth("014", ME_P))

    # 015 confirmation_request A (multipart, table)
    t = jst(2, 24, 10, 52, 37)
    g["confA"] = ("Hello Kenta,\n\n"
                  "Before I merge anything, please look over the two accounts below.\n\n"
                  "Account #1\n"
                  "Candidate ID: %s\n"
                  "Login email: %s\n"
                  "Training notification email: %s\n"
                  "Certification notification email: %s\n\n"
                  "Account #2\n"
                  "Candidate ID: %s\n"
                  "Login email: %s\n"
                  "Training notification email: %s\n"
                  "Certification notification email: %s\n\n"
                  "As I understand it, Account #1 is the one to keep: the exam history, certifications and "
                  "benefits of Account #2 would move into it and Account #2 would be closed. Is that right? "
                  "A short reply naming the account to keep is all I need to go ahead.\n\n"
                  "Please note that a merge cannot be undone.\n\n"
                  "Thanks,\nMarco\nAWS Training and Certification\n"
                  % (CID_P, ME_P, ME_P, ME_P, CID_C, ME_C, ME_C, ME_C))
    row = lambda a, b: '<tr><td style="border:1px solid #ccc;padding:4px 8px">%s</td><td style="border:1px solid #ccc;padding:4px 8px">%s</td></tr>' % (a, b)
    tbl = lambda n, cid, e: ('<table style="border-collapse:collapse;margin:8px 0"><tr><th colspan="2" '
                             'style="background:#eee;padding:4px 8px;text-align:left">Account #%d</th></tr>' % n +
                             row("Candidate ID", cid) + row("Login email", e) +
                             row("Training notification email", e) + row("Certification notification email", e) +
                             "</table>")
    htm = ('<html><body style="font-family:Arial;font-size:14px"><p>Hello Kenta,</p>'
           '<p>Before I merge anything, please look over the two accounts below.</p>' +
           tbl(1, CID_P, ME_P) + tbl(2, CID_C, ME_C) +
           '<p>As I understand it, Account #1 is the one to keep: the exam history, certifications and benefits '
           'of Account #2 would move into it and Account #2 would be closed. Is that right? A short reply naming '
           'the account to keep is all I need to go ahead.</p><p>Please note that a merge cannot be undone.</p>'
           '<p>Thanks,<br>Marco<br>AWS Training and Certification</p></body></html>')
    g["midA15"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], alt(g["confA"], "015", html_text=htm),
                       L("confirmation_request", True, CASE_A, [CID_P, CID_C]),
                       "Account #1/#2 listing in an HTML table, request phrased as 'Is that right?'.",
                       mid=ses_id("015"), irt=g["midA14"], refs=[g["midA2"], g["midA8"], g["midA14"]],
                       top=amazon_auth("015", ME_P))

    # 016 user_reply A: confirmed + question on the booked exam
    t = jst(2, 24, 11, 20, 9)
    g["r16"] = ("Hi Marco,\n\n"
                "Confirmed: please merge into Account #1 (%s) and close Account #2.\n\n"
                "One thing: I have the SAP-C02 exam booked with Pearson VUE for 22 March, made under the old "
                "company account. Will that booking move across as well?\n\n"
                "Thank you,\nKenta\n" % ME_P)
    body = g["r16"] + "\n" + gmail_attr(jst(2, 24, 10, 52), TCN, TC) + "\n\n" + quote(g["confA"]) + "\n"
    g["midA16"] = emit(t, who(ME_NAME, ME_P), who(TCN, TC), g["subjAr"], alt(body, "016"),
                       L("user_reply", False, CASE_A),
                       "Owner confirms; candidate IDs appear only in the quoted listing, so none are labelled.",
                       mid=gmail_id("016"), irt=g["midA15"], refs=[g["midA2"], g["midA14"], g["midA15"]], show_tz=JST)

    # 017 case_update A: merge queued, automatic job
    t = jst(2, 24, 13, 3, 45)
    body = ("Hi Kenta,\n\n"
            "Thanks for confirming. I've submitted the merge. It is carried out by an automated job that "
            "usually finishes within 24 hours, and I'll send you a separate note once it has run.\n\n"
            "Until then your certifications may show up on both accounts, or briefly on neither. That is "
            "expected while the job is in progress and sorts itself out when it completes.\n\n"
            "I'll look at your 22 March booking as part of the final check after the merge.\n\n"
            "Marco\nAWS Training and Certification\n")
    g["midA17"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], text(body, flowed=True),
                       L("case_update", False, CASE_A),
                       "Merge submitted but not done (automatic job pending, completion mail promised): "
                       "case_update, not resolved.",
                       mid=ses_id("017"), irt=g["midA16"], refs=[g["midA2"], g["midA15"], g["midA16"]],
                       top=amazon_auth("017", ME_P))

    # 018 resolved A (after-work advice, automatic steps, quoted confirmation request)
    t = jst(2, 25, 9, 48, 12)
    g["resA"] = ("Hi Kenta,\n\n"
                 "The merge has run: everything that was on Account #2 (%s) now sits under Account #1 (%s), "
                 "and %s is the only address on file.\n\n"
                 "Worth checking when you have a moment:\n"
                 "- Sign in to the AWS Certification account with your Builder ID and look through Exam History, "
                 "Certifications and Benefits. You should see SAA-C03 and DVA-C02 there.\n"
                 "- If you keep PDF certificates, download new copies; the old ones still carry the company "
                 "address.\n\n"
                 "What will happen by itself:\n"
                 "- Credly re-issues your badges to the personal address, normally within a day. Accept them from "
                 "the Credly email; the copies linked to the company address are withdrawn.\n"
                 "- The partner profile of Hoshizora Systems stops counting your certifications within about a "
                 "week. Nothing is needed from you for that.\n\n"
                 "About the 22 March SAP-C02 appointment: it moved with the account and now shows under your "
                 "personal profile at Pearson VUE. For future bookings, start from the Certification account "
                 "(Schedule an exam) rather than going to the Pearson VUE site directly, so the appointment is "
                 "recorded against the right candidate ID.\n\n"
                 "If anything in your history looks off, a reply here reaches me.\n\n"
                 "All the best,\nMarco\nAWS Training and Certification\n"
                 % (CID_C, CID_P, ME_P))
    body = (g["resA"] + "\n-------- Original Message --------\n"
            "From: %s\nSent: 24/02/2025 02:20 UTC\nSubject: %s\n\n%s\n\n"
            "-------- Original Message --------\nFrom: %s\nSent: 24/02/2025 01:52 UTC\n\n%s"
            % (ME_P, g["subjAr"], g["r16"], TC, g["confA"]))
    g["midA18"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], alt(body, "018"),
                       L("resolved", False, CASE_A, [CID_C, CID_P]),
                       "Completion with a list of things to check, automatic follow-ups (Credly, partner profile), "
                       "next-booking advice and a conditional invite; the old confirmation request ('Is that right?') "
                       "is quoted underneath.",
                       mid=ses_id("018"), irt=g["midA16"], refs=[g["midA2"], g["midA15"], g["midA16"], g["midA17"]],
                       top=amazon_auth("018", ME_P))

    # 019 / 020 Credly badges
    for n, (hh, mi, badge, subj) in enumerate([
            (11, 2, "AWS Certified Solutions Architect \u2013 Associate",
             "Amazon Web Services Training and Certification sent you a new badge"),
            (11, 3, "AWS Certified Developer \u2013 Associate",
             "Claim your AWS Certified Developer \u2013 Associate badge")], start=19):
        t = jst(2, 25, hh, mi, 40)
        htm = ('<html><body style="font-family:Helvetica,Arial;color:#333">'
               '<table width="560" align="center"><tr><td style="padding:24px">'
               '<img src="https://images.credly.com/logo.png" alt="Credly" width="90"><h2>Congratulations, Kenta!</h2>'
               '<p>Amazon Web Services Training and Certification has issued you the <b>%s</b> badge.</p>'
               '<p><a href="https://www.credly.com/badges/%s/accept" style="background:#ff6b00;color:#fff;'
               'padding:10px 18px;text-decoration:none;border-radius:4px">Accept your badge</a></p>'
               '<p>Share it on LinkedIn, add it to your email signature, or embed it on your site.</p>'
               '<p style="font-size:11px;color:#999">Credly, Inc. &middot; 101 Greenwich St, New York, NY 10006. '
               'You received this email because a badge was issued to %s.</p></td></tr></table></body></html>'
               % (badge, _hash("badge%d" % n, 8) + "-" + _hash("b%d" % n, 4) + "-4c1e-9a2b-" + _hash("c%d" % n, 12), ME_P))
        txt = ("Congratulations, Kenta!\n\nAmazon Web Services Training and Certification has issued you the %s "
               "badge.\n\nAccept your badge: https://www.credly.com/badges/accept\n" % badge)
        emit(t, who("Credly", "admin@credly.com"), ME_P, subj,
             alt(txt, "cr%d" % n, html_text=htm),
             L("badge"), "Credly badge re-issued right after the merge (automatic follow-up named in 018).",
             mid=plain_id("credly%d" % n, "credly.com"),
             top=auth_gmail("credly.com", "bounces@mail.credly.com", "s1", ip="167.89.12.40"))

    # 021 certification: account details changed (automatic)
    t = jst(2, 25, 14, 30, 0)
    body = ("Hello Kenta Morisaki,\n\n"
            "The contact email on your AWS Certification account (%s) was changed on 25 February 2025.\n\n"
            "New email: %s\n\n"
            "Certification notices, exam results and benefit information will go to the new address from now on.\n\n"
            "If you did not expect this change, contact AWS Training and Certification through the Contact Us page.\n\n"
            "AWS Certification\n(This is an automated message; replies are not read.)\n" % (CID_P, ME_P))
    emit(t, who("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Your AWS Certification account email was updated", text(body, cte="7bit"),
         L("certification", False, None, [CID_P]),
         "Automatic program notice triggered by the merge; the 'if you did not expect' line is conditional.",
         mid=plain_id("021", "certmetrics.com"), top=auth_gmail("certmetrics.com", "bounce@certmetrics.com", "cm1", ip="52.5.11.90"))

    # 022 user_reply: forward of 018 to the manager (Japanese)
    t = jst(2, 25, 16, 12, 5)
    own = ("岡本さん\n\n"
           "お疲れさまです。森崎です。\n"
           "AWS 認定アカウントの個人アドレスへの移行が完了しました(下記サポートからの連絡)。\n"
           "パートナープロファイル側のカウントは 1 週間ほどで外れるそうです。\n"
           "認定者一覧の更新をお願いできますでしょうか。私の新しい候補 ID は %s です。\n\n"
           "森崎\n" % CID_P)
    body = (own + "\n---------- Forwarded message ---------\n"
            "From: %s <%s>\nDate: 2025年2月25日(火) 9:48\nSubject: %s\nTo: <%s>\n\n\n%s"
            % (TCN, TC, g["subjAr"], ME_P, g["resA"]))
    emit(t, who(ME_NAME, ME_P), who("岡本 誠", "m-okamoto@hoshizora-sys.co.jp"),
         "Fwd: " + g["subjAr"], alt(body, "022", cte="b64"),
         L("user_reply", False, CASE_A, [CID_P]),
         "Owner forwards the completion to his manager in Japanese; his own note names one candidate ID, the "
         "forwarded part names two more (not counted). Contains a polite request to a colleague, not support.",
         mid=gmail_id("022"), cc=ME_C, irt=g["midA18"], refs=[g["midA18"]], show_tz=JST)

    # 023 manager's reply (no quote)
    t = jst(2, 25, 17, 40, 44)
    body = ("森崎さん\n\n了解です。認定者一覧は今週中に更新しておきます。\n"
            "残り数日ですが、引き継ぎよろしくお願いします。\n\n岡本\n")
    emit(t, who("岡本 誠", "m-okamoto@hoshizora-sys.co.jp"), ME_C, "RE: 認定アカウント移行の件",
         text(body, cs="utf-8", cte="b64"), L("unrelated"),
         "Colleague's short reply about the forwarded completion, no case reference.",
         mid=outlook_id("023"), crlf=True, show_tz=JST, top=auth_corp("hoshizora-sys.co.jp", "m-okamoto@hoshizora-sys.co.jp"))

    # 024 Pearson VUE reminder
    t = jst(2, 27, 9, 0, 12)
    body = ("Dear Kenta Morisaki,\n\n"
            "This is a reminder of your upcoming exam appointment.\n\n"
            "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
            "Registration ID: 482910736\n"
            "Date and time: Saturday, March 22, 2025 at 10:00 AM Japan Standard Time\n"
            "Location: Pearson Professional Centers-Tokyo Hamamatsucho\n\n"
            "Please arrive 15 minutes early and bring the identification listed in the candidate rules. "
            "To reschedule or cancel, do so at least 24 hours before the appointment through your AWS "
            "Certification account.\n\n"
            "Pearson VUE\n")
    emit(t, who("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
         "Reminder: your AWS Certification exam appointment", alt(body, "024"),
         L("unrelated"), "Exam-vendor reminder; 9-digit registration ID must not be read as a case number.",
         mid=plain_id("024", "pearson.com"), top=auth_gmail("pearson.com", "noreply@pearson.com", "pvue", ip="13.111.4.50"))
    return g


def part3(g):
    # 025 bounce from Gmail (old company address closed)
    t = jst(3, 3, 8, 15, 30)
    rep = ("** Address not found **\n\n"
           "Your message wasn't delivered to %s because the address couldn't be found, or is unable to "
           "receive mail.\n\n"
           "The response from the remote server was:\n"
           "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n" % (ME_C, ME_C))
    ds = ("Reporting-MTA: dns; googlemail.com\n"
          "Arrival-Date: Mon, 03 Mar 2025 08:15:21 +0900\n\n"
          "Final-Recipient: rfc822; %s\n"
          "Action: failed\n"
          "Status: 5.1.1\n"
          "Remote-MTA: dns; mx01.hoshizora-sys.co.jp. (203.0.113.25, the server for the domain hoshizora-sys.co.jp.)\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown\n"
          "Last-Attempt-Date: Mon, 03 Mar 2025 08:15:29 +0900\n" % (ME_C, ME_C))
    orig = ("From: Kenta Morisaki <%s>\nTo: %s\nSubject: =?UTF-8?B?5byV44GN57aZ44GO6LOH5paZ?=\n"
            "Date: Mon, 3 Mar 2025 08:15:20 +0900\nMessage-ID: %s\n" % (ME_P, ME_C, gmail_id("025o")))
    part = multi("report", [text(rep, cte="7bit"),
                            raw_part("message/delivery-status", ds),
                            raw_part('text/rfc822-headers; charset="us-ascii"', orig)],
                 "025", extra_ct=" report-type=delivery-status;")
    emit(t, who("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), ME_P,
         "Delivery Status Notification (Failure)", part, L("unrelated"),
         "Bounce: the owner's note to his own old company address fails after the mailbox closed; no case involved.",
         mid=gmail_id("025"), top=[("Received", "by 2002:a05:6e02:1a2c with SMTP id d12csp1882301ilb")])

    # 026 suspicious: lookalike domain, benefit "reclaim"
    t = jst(3, 3, 19, 44, 2)
    htm = ('<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">'
           '<div style="background:#232f3e;padding:14px"><span style="color:#ff9900;font-size:20px">aws</span>'
           '<span style="color:#fff"> Training and Certification</span></div>'
           '<p>Dear Certified Professional,</p>'
           '<p>Our records show that your AWS Certification accounts were recently merged. Benefits attached to '
           'the closed account, including your <b>50% exam discount</b>, must be re-validated within '
           '<b>48 hours</b> or they will be forfeited.</p>'
           '<p style="text-align:center"><a href="https://aws-certification-benefits.com/verify?u=k.morisaki" '
           'style="background:#ff9900;color:#000;padding:12px 22px;text-decoration:none">Re-validate my benefits</a></p>'
           '<p>You will be asked to sign in with your AWS Builder ID and confirm your payment card for the '
           'USD 0.00 verification hold.</p>'
           '<p>AWS Certification Benefits Team</p></div></body></html>')
    emit(t, who("AWS Certification Benefits", "benefits@aws-certification-benefits.com"), ME_P,
         "Action required: re-validate your exam discount after account merge", text(htm, "html", cte="qp"),
         L("suspicious"), "Lookalike domain that knows about the merge and the 50% discount; asks for credentials "
         "and card. DKIM/DMARC pass for the lookalike domain itself.",
         mid=plain_id("026", "aws-certification-benefits.com"),
         top=auth_gmail("aws-certification-benefits.com", "bounce@aws-certification-benefits.com", "default",
                        ip="185.234.72.19"))

    # 027 user_reply A: leftover question after the completion
    t = jst(3, 4, 9, 5, 51)
    g["r27"] = ("Hi Marco,\n\n"
                "Thanks again. I went through everything: the exam history and both associate certifications are "
                "there, and the 22 March appointment shows under my personal profile.\n\n"
                "The only thing missing is the 50% discount I received after passing DVA-C02 in December. "
                "Benefits on the merged account is empty. Could you take a look?\n\n"
                "Best,\nKenta\n")
    body = g["r27"] + "\n" + gmail_attr(jst(2, 25, 9, 48), TCN, TC) + "\n\n" + quote(g["resA"]) + "\n"
    g["midA27"] = emit(t, who(ME_NAME, ME_P), who(TCN, TC), g["subjAr"], alt(body, "027"),
                       L("user_reply", False, CASE_A),
                       "Owner's follow-up question on the resolved case (leftover voucher); quoted completion below.",
                       mid=gmail_id("027"), irt=g["midA18"], refs=[g["midA2"], g["midA16"], g["midA18"]], show_tz=JST)

    # 028 acknowledgement A: reopened by the reply
    t = jst(3, 4, 9, 6, 30)
    body = ("Hello,\n\n"
            "We've received your message and reopened case %s. It is back in our queue and an agent will "
            "follow up, usually within one business day.\n\n"
            "There's no need to open a new case for this; doing so would only split the history.\n\n"
            "AWS Training and Certification Customer Support\n" % CASE_A)
    g["midA28"] = emit(t, who(TCN, TC), ME_P, "RE: [CASE %s] %s" % (CASE_A, SUBJ_FORM), text(body, cte="7bit"),
                       L("acknowledgement", False, CASE_A),
                       "Automatic 'reopened' receipt one minute after the owner's reply; 'RE: [CASE' spacing.",
                       mid=ses_id("028"), irt=g["midA27"], refs=[g["midA18"], g["midA27"]], top=amazon_auth("028", ME_P))

    # 029 receipt from no-reply@aws.training (display name identical to support)
    t = jst(3, 4, 12, 0, 3)
    htm = ('<html><body style="font-family:Arial;font-size:14px"><h3>Thank you for your order</h3>'
           '<p>Hi Kenta,</p><p>Your AWS Skill Builder Individual subscription has renewed.</p>'
           '<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">'
           '<tr><td>Order number</td><td>SB-7Q2K-58310</td></tr>'
           '<tr><td>Plan</td><td>Individual, monthly</td></tr>'
           '<tr><td>Amount</td><td>USD 29.00 (tax included)</td></tr>'
           '<tr><td>Next renewal</td><td>4 April 2025</td></tr></table>'
           '<p>Manage or cancel your subscription at any time from Account settings.</p>'
           '<p>AWS Training and Certification</p></body></html>')
    emit(t, who(TCN, "no-reply@aws.training"), ME_P, "Your AWS Skill Builder receipt (SB-7Q2K-58310)",
         text(htm, "html", cte="b64"), L("unrelated"),
         "Skill Builder receipt whose display name is exactly 'AWS Training and Certification'.",
         mid=ses_id("029"), top=auth_gmail("aws.training", ses_from("029"), "tc1"))

    # 030 acknowledgement C (Japanese, UTF-8 base64, HTML only)
    t = jst(3, 5, 10, 8, 59)
    g["subjC"] = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_C
    htm = ('<html><body style="font-family:\'Hiragino Sans\',Meiryo,sans-serif;font-size:14px">'
           '<p>森崎 健太 様</p>'
           '<p>AWS トレーニングと認定にご連絡いただきありがとうございます。<br>'
           'ケース ID: <b>%s</b> にてお問い合わせを受け付けました。</p>'
           '<p>担当者が内容を確認のうえ、通常 24 時間以内にご連絡いたします。'
           '混雑状況により、さらにお時間をいただく場合もございます。</p>'
           '<table style="border-collapse:collapse" cellpadding="5" border="1">'
           '<tr><td>お問い合わせタイプ</td><td>認定</td></tr>'
           '<tr><td>その他の詳細</td><td>認定記録の修正</td></tr>'
           '<tr><td>AWS 候補 ID</td><td>%s</td></tr>'
           '<tr><td>お問い合わせ内容</td><td>認定証の氏名が「Kenta Morisak」となっており、末尾の i が欠けています。'
           '修正をお願いします。</td></tr></table>'
           '<p>同一内容で新たにケースを作成されますと、対応が重複し遅れる原因となりますのでご注意ください。</p>'
           '<p>AWS トレーニングと認定 カスタマーサポート</p></body></html>' % (CASE_C, CID_P))
    g["midC30"] = emit(t, who("AWS トレーニングと認定", TC), ME_P, g["subjC"], text(htm, "html", cte="b64"),
                       L("acknowledgement", False, CASE_C, [CID_P]),
                       "Japanese HTML-only ack with form echo in a table (case C, name correction).",
                       mid=ses_id("030"), top=amazon_auth("030", ME_P))

    # 031 case_update A: transferred to Benefits
    t = jst(3, 5, 15, 22, 10)
    body = ("Hello Kenta,\n\n"
            "Thanks for checking everything so carefully. Exam benefits are handled by a separate team, so I've "
            "transferred your question to them together with the merge notes. They will answer on this same "
            "case; their turnaround is typically two to three business days.\n\n"
            "You don't need to do anything in the meantime.\n\n"
            "Best regards,\nAna Luc\u00eda\nAWS Training and Certification\n\n"
            + quote(g["r27"]) + "\n")
    g["midA31"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], alt(body, "031", cte="qp"),
                       L("case_update", False, CASE_A),
                       "Reopened question passed to another team; no ask. Quotes the owner's 'Could you take a look?'.",
                       mid=ses_id("031"), irt=g["midA27"], refs=[g["midA18"], g["midA27"], g["midA28"]],
                       top=amazon_auth("031", ME_P))

    # 032 info_request C (Japanese keigo, ISO-2022-JP)
    t = jst(3, 6, 15, 20, 14)
    g["reqC"] = ("森崎 健太 様\n\n"
                 "AWS トレーニングと認定の佐伯でございます。\n"
                 "このたびはお問い合わせいただき、ありがとうございます。\n\n"
                 "認定記録の氏名を修正するにあたり、ご本人確認のため、以下の 2 点について\n"
                 "ご返信いただけますでしょうか。\n\n"
                 "1. 公的な本人確認書類(パスポート等)に記載されているローマ字の氏名\n"
                 "2. 修正後の氏名の、名 (First name) と姓 (Last name) の内訳\n\n"
                 "なお、書類の画像をお送りいただく必要はございません。\n"
                 "お手数をおかけいたしますが、ご確認のほどよろしくお願いいたします。\n\n"
                 "AWS トレーニングと認定 カスタマーサービス\n佐伯 直樹\n")
    g["midC32"] = emit(t, who("AWS トレーニングと認定", TC), ME_P, "RE:" + g["subjC"],
                       text(g["reqC"], cs="iso-2022-jp"),
                       L("info_request", True, CASE_C),
                       "Japanese keigo request (〜いただけますでしょうか) for ID details; 'no need to send images' is a "
                       "negative that should not cancel the request.",
                       mid=ses_id("032"), irt=g["midC30"], refs=[g["midC30"]], top=amazon_auth("032", ME_P),
                       subj_cs="iso-2022-jp")

    # 033 newsletter (Japanese)
    t = jst(3, 6, 18, 0, 0)
    body = ("━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
            " Cloud Weekly JP  2025年3月6日号\n"
            "━━━━━━━━━━━━━━━━━━━━━━━━━━\n\n"
            "■ 今週のトピック\n"
            "・AWS 認定、一部試験の新バージョンを発表 — 旧版の受験は 6 月まで\n"
            "・GitHub、Actions のランナー料金を改定\n"
            "・国内クラウド人材の転職市場、資格保有者の年収差は?\n\n"
            "■ 読者アンケートのお願い\n"
            "今後の誌面づくりのため、3 分ほどのアンケートにご協力ください。\n"
            "https://cloudweekly.jp/survey/2025q1\n\n"
            "配信停止: https://cloudweekly.jp/unsubscribe\n"
            "発行: クラウドウィークリー編集部\n")
    emit(t, who("Cloud Weekly JP", "news@cloudweekly.jp"), ME_P, "【Cloud Weekly】AWS 認定の新バージョン発表ほか",
         text(body, cs="utf-8", cte="8bit"), L("unrelated"),
         "Japanese newsletter about AWS certification news, with its own reader survey.",
         mid=plain_id("033", "cloudweekly.jp"), top=auth_gmail("cloudweekly.jp", "bounce@cloudweekly.jp", "cw", ip="198.51.100.7"),
         extra=[("List-Unsubscribe", "<https://cloudweekly.jp/unsubscribe>")])

    # 034 info_request A from Benefits team (conditional wording, but an answer is needed either way)
    t = jst(3, 7, 11, 41, 8)
    g["reqA"] = ("Hi Kenta,\n\n"
                 "I'm with the Certification Benefits team and have picked up your question about the discount.\n\n"
                 "There is a 50%% exam discount issued on 12 December 2024 to the former account (%s). It didn't "
                 "come across in the merge because it carries an \"in use\" flag, which normally means it was "
                 "applied to a booking.\n\n"
                 "Did you use it for the SAP-C02 appointment on 22 March? If you did, send me the Pearson VUE "
                 "registration number from your confirmation email and I'll check the payment. If you didn't, "
                 "just tell me so and I'll release the flag and move the discount to your current account.\n\n"
                 "Thanks,\nGrace\nCertification Benefits | AWS Training and Certification\n" % CID_C)
    g["midA34"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], alt(g["reqA"], "034"),
                       L("info_request", True, CASE_A, [CID_C]),
                       "Question in the middle of an explanation with 'if you did… / if you didn't…' branches: both "
                       "branches need an answer, so it is a request, not a conditional invitation.",
                       mid=ses_id("034"), irt=g["midA31"], refs=[g["midA18"], g["midA27"], g["midA31"]],
                       top=amazon_auth("034", ME_P))

    # 035 user_reply A
    t = jst(3, 7, 21, 3, 33)
    g["r35"] = ("Hi Grace,\n\n"
                "I honestly don't remember applying it. I paid by card at checkout and I don't think a discount "
                "was offered. The registration number is 482910736.\n\nRegards,\nKenta\n")
    body = g["r35"] + "\n" + gmail_attr(jst(3, 7, 11, 41), TCN, TC) + "\n\n" + quote(g["reqA"]) + "\n"
    g["midA35"] = emit(t, who(ME_NAME, ME_P), who(TCN, TC), g["subjAr"], text(body, cte="qp", flowed=True),
                       L("user_reply", False, CASE_A),
                       "Owner answers with a 9-digit Pearson VUE number (not a case ID).",
                       mid=gmail_id("035"), irt=g["midA34"], refs=[g["midA18"], g["midA31"], g["midA34"]], show_tz=JST)

    # 036 suspicious: real-looking case mail with DMARC failure
    t = jst(3, 8, 2, 17, 45)
    body = ("Hello Kenta,\n\n"
            "To finish moving the benefits from your former account we need to re-verify the AWS Builder ID "
            "linked to case %s. Please sign in within 24 hours using the secure link below:\n\n"
            "https://aws-builderid-verify.net/session/8f2c71\n\n"
            "After signing in you will receive a six-digit code. Reply to this email with that code so we can "
            "complete the transfer. If we do not receive it, the discount will be removed.\n\n"
            "Thanks,\nGrace\nCertification Benefits | AWS Training and Certification\n" % CASE_A)
    top = auth_gmail("amazon.com", "support@mail-notify-center.top", "rte02", dkim="fail", spf="softfail",
                     dmarc="fail", ip="45.142.120.77")
    top[0] = ("Received", "from mail-notify-center.top (unknown [45.142.120.77])\n"
              "        by mx.google.com with ESMTP id x9y8z7w6v5u4\n        for <%s>" % ME_P)
    emit(t, who(TCN, TC), ME_P, g["subjAr"], text(body, cte="7bit"),
         L("suspicious"),
         "Copies the real thread (same From, case A subject, agent name) but DKIM/DMARC fail for amazon.com; "
         "demands a reply with a code. Not part of the case, so case is null.",
         mid=plain_id("036", "mail-notify-center.top"), top=top)

    # 037 closing_notice C (Japanese, Shift_JIS)
    t = jst(3, 10, 10, 2, 40)
    g["closeC"] = ("森崎 健太 様\n\n"
                   "いつもお世話になっております。AWS トレーニングと認定の佐伯です。\n\n"
                   "3 月 6 日にお送りした、氏名の確認に関するご依頼について、現時点でご返信を\n"
                   "いただけておりません。\n\n"
                   "3 月 13 日までにご返信が確認できない場合、本ケースはいったんクローズと\n"
                   "させていただきます。クローズ後であっても、このメールにご返信いただければ\n"
                   "ケースは再開されますのでご安心ください。\n\n"
                   "引き続きよろしくお願いいたします。\n\n佐伯 直樹\nAWS トレーニングと認定\n")
    g["midC37"] = emit(t, who("AWS トレーニングと認定", TC), ME_P, "RE:" + g["subjC"],
                       text(g["closeC"], cs="shift_jis", cte="qp"),
                       L("closing_notice", True, CASE_C),
                       "Japanese reminder: case closes on 13 March without an answer, a reply reopens it. Shift_JIS + QP.",
                       mid=ses_id("037"), irt=g["midC32"], refs=[g["midC30"], g["midC32"]], top=amazon_auth("037", ME_P),
                       subj_cs="shift_jis")

    # 038 user_reply C (Japanese)
    t = jst(3, 10, 12, 31, 2)
    g["r38"] = ("佐伯様\n\n"
                "ご連絡が遅くなり申し訳ありません。\n\n"
                "1. パスポート記載の氏名: MORISAKI KENTA\n"
                "2. First name: Kenta / Last name: Morisaki\n\n"
                "以上、よろしくお願いいたします。\n\n森崎 健太\n")
    body = g["r38"] + "\n" + gmail_attr_ja(jst(3, 10, 10, 2), "AWS トレーニングと認定", TC) + "\n\n" + quote(g["closeC"]) + "\n"
    g["midC38"] = emit(t, who("森崎 健太", ME_P), who("AWS トレーニングと認定", TC), "Re: RE:" + g["subjC"],
                       alt(body, "038", cte="b64"),
                       L("user_reply", False, CASE_C),
                       "Owner's Japanese answer, Gmail 「…:」 attribution, 'Re: RE:' subject.",
                       mid=gmail_id("038"), irt=g["midC37"], refs=[g["midC30"], g["midC32"], g["midC37"]], show_tz=JST)

    # 039 resolved A: discount reissued, next-booking advice, quoted request below
    t = jst(3, 10, 14, 55, 19)
    res = ("Hi Kenta,\n\n"
           "Thanks for the registration number. Pearson VUE's records show no discount was redeemed on that "
           "booking, so the \"in use\" flag was simply carried over from the old account during the merge. I've "
           "cleared it, and the 50%% discount now appears under Benefits on %s, valid until 12 December 2025.\n\n"
           "For your next booking:\n"
           "  * It can't be added retroactively to the 22 March appointment that is already paid; it is for a new "
           "registration.\n"
           "  * Schedule from the Certification account. At the payment step on Pearson VUE, paste the code shown "
           "under Benefits > Exam discounts.\n"
           "  * One discount per registration; it can't be combined with other vouchers.\n\n"
           "That wraps up the follow-up on your merge. Should anything else turn up, replying on this thread "
           "will get back to us.\n\n"
           "Thanks,\nGrace\nCertification Benefits | AWS Training and Certification\n" % CID_P)
    htm = as_html(res) + ""
    body = (res + "\n\n" + gmail_attr(jst(3, 7, 21, 3), ME_NAME, ME_P) + "\n" + quote(g["r35"]) + "\n>\n" +
            quote(gmail_attr(jst(3, 7, 11, 41), TCN, TC) + "\n\n" + quote(g["reqA"])) + "\n")
    hbody = (htm.replace("</div></body></html>", "") +
             '<div class="gmail_quote"><div>%s</div><blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
             'padding-left:1ex">%s<br><br>%s<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
             'padding-left:1ex">%s</blockquote></blockquote></div></div></body></html>\n'
             % (html.escape(gmail_attr(jst(3, 7, 21, 3), ME_NAME, ME_P)),
                html.escape(g["r35"]).replace("\n", "<br>"),
                html.escape(gmail_attr(jst(3, 7, 11, 41), TCN, TC)),
                html.escape(g["reqA"]).replace("\n", "<br>")))
    g["midA39"] = emit(t, who(TCN, TC), ME_P, g["subjAr"], alt(body, "039", html_text=hbody),
                       L("resolved", False, CASE_A, [CID_P]),
                       "Leftover fixed (discount reissued) with booking advice; the quoted history below still "
                       "holds Grace's earlier 'Did you use it…?' question.",
                       mid=ses_id("039"), irt=g["midA35"], refs=[g["midA27"], g["midA34"], g["midA35"]],
                       top=amazon_auth("039", ME_P))

    # 040 survey A
    t = jst(3, 11, 9, 30, 0)
    htm = ('<html><body style="font-family:Arial;font-size:14px"><p>Hello,</p>'
           '<p>Your recent case with AWS Training and Certification (case %s) was marked as resolved. '
           'Would you take a minute to tell us how we did?</p>'
           '<p>How satisfied were you with the support you received?</p><p>' % CASE_A +
           " ".join('<a href="https://survey.aws-training.amazon.com/r?c=%s&s=%d" style="padding:6px 10px;'
                    'border:1px solid #999;text-decoration:none">%d</a>' % (CASE_A, i, i) for i in range(1, 6)) +
           '</p><p style="font-size:12px;color:#666">1 = very dissatisfied, 5 = very satisfied. The survey is optional. '
           'Replies to this email are not monitored.</p></body></html>')
    emit(t, who("AWS Training and Certification Feedback", "tc-feedback@amazon.com"), ME_P,
         "How did we do? Your case %s" % CASE_A, text(htm, "html", cte="qp"),
         L("survey", False, CASE_A), "Post-resolution satisfaction survey for case A; optional, from a feedback address.",
         mid=ses_id("040"), top=amazon_auth("040", ME_P))

    # 041 case_update C (Japanese, UTF-8 QP)
    t = jst(3, 11, 11, 12, 0)
    body = ("森崎 健太 様\n\n"
            "ご回答いただき、ありがとうございます。\n"
            "いただいた内容をもとに、氏名の修正を認定記録チームへ依頼いたしました。\n"
            "反映までには 3〜5 営業日ほどかかる見込みです。完了しましたら、改めて\n"
            "ご連絡いたします。\n\n"
            "現時点で森崎様にご対応いただくことはございません。\n\n"
            "佐伯 直樹\nAWS トレーニングと認定\n\n" + gmail_attr_ja(jst(3, 10, 12, 31), "森崎 健太", ME_P) + "\n" +
            quote(g["r38"]) + "\n")
    g["midC41"] = emit(t, who("AWS トレーニングと認定", TC), ME_P, "RE:" + g["subjC"], alt(body, "041"),
                       L("case_update", False, CASE_C),
                       "Japanese progress note: passed to the records team, 'nothing for you to do now'.",
                       mid=ses_id("041"), irt=g["midC38"], refs=[g["midC30"], g["midC37"], g["midC38"]],
                       top=amazon_auth("041", ME_P))

    # 042 other vendor: request solved
    t = jst(3, 12, 7, 45, 31)
    body = ("Hi Kenta,\n\n"
            "Your request JST-104821 \"Confluence page export fails with timeout\" has been resolved.\n\n"
            "Resolution: the export failed because of an oversized attachment; we removed the limit on your site. "
            "Please try the export again.\n\n"
            "If the problem comes back, reply to this email within 7 days and the request will be reopened. "
            "After that, please raise a new request.\n\n"
            "How did we do? Rate this request: https://support.atlassian.com/feedback/JST-104821\n\n"
            "Atlassian Support\n")
    emit(t, who("Atlassian Support", "jira@getsupport.atlassian.com"), ME_P,
         "[JIRA] (JST-104821) Confluence page export fails with timeout - Resolved", alt(body, "042"),
         L("unrelated"), "Another vendor's 'resolved, reply to reopen' case mail with a rating link.",
         mid=plain_id("042", "getsupport.atlassian.com"),
         top=auth_gmail("atlassian.com", "jira@getsupport.atlassian.com", "s1", ip="18.234.32.150"))

    # 043 acknowledgement D (console case)
    t = jst(3, 13, 20, 11, 7)
    g["subjD"] = "Amazon Web Services: New Support case: %s" % CASE_D
    body = ("Dear AWS customer,\n\n"
            "We have opened case %s on your behalf.\n\n"
            "Here are the details of your case:\n\n"
            "Case ID: %s\n"
            "Subject: Cannot reschedule certification exam after account merge\n"
            "Severity: General guidance\n"
            "Correspondence: My SAP-C02 appointment (Pearson VUE registration 482910736) is on 22 March and I "
            "need to move it to a later date. Since my certification accounts were merged (candidate ID %s), the "
            "Reschedule button returns 'Something went wrong'.\n\n"
            "To see or update this case, please sign in to the AWS Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
            "Sincerely,\nAmazon Web Services\n\n"
            "This email was sent from an address that cannot accept incoming e-mails. To reply, use the link "
            "above.\n\nAmazon Web Services, Inc. is a subsidiary of Amazon.com, Inc.\n" % (CASE_D, CASE_D, CID_P, CASE_D))
    emit(t, who("Amazon Web Services", CONSOLE), ME_P, g["subjD"], text(body, cte="7bit"),
         L("acknowledgement", False, CASE_D, [CID_P]),
         "Support Center (console) case opened; 11-digit ID; correspondence echo includes the candidate ID and a "
         "9-digit registration number.",
         mid=ses_id("043"), top=amazon_auth("043", ME_P))

    # 044 console case about a service quota (not Training and Certification)
    t = jst(3, 13, 22, 40, 0)
    body = ("Hello,\n\n"
            "We're pleased to let you know that your request to raise the Running On-Demand G and VT instances "
            "quota in Asia Pacific (Tokyo) to 32 vCPUs has been approved. It can take up to 30 minutes for the new "
            "value to appear in the Service Quotas console.\n\n"
            "We're resolving this case now. If you need anything else, please reply through the Support Center.\n\n"
            "Best regards,\nHiroshi T.\nAmazon Web Services\n\n"
            "[AWS ID 381920457716]\n\n"
            "Was this response helpful? Rate it in the Support Center:\n"
            "https://console.aws.amazon.com/support/home#/case/?displayId=12871150276&language=en\n\n"
            "This address cannot accept incoming e-mails.\n")
    emit(t, who("Amazon Web Services", CONSOLE), ME_P,
         "RE:[CASE 12871150276] Limit Increase: EC2 Instances", text(body, cte="qp"),
         L("unrelated"), "Real AWS Support console case, but about an EC2 quota, not Training and Certification; "
         "looks like a resolution with a rating footer.",
         mid=ses_id("044"), top=amazon_auth("044", ME_P))
    return g


def part4(g):
    cfoot = ("\n\nTo respond to this case, sign in to the AWS Support Center:\n"
             "https://console.aws.amazon.com/support/home#/case/?displayId=%s&language=en\n\n"
             "Was this response helpful? Click a star to rate it in the Support Center.\n\n"
             "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. This email was sent from an address "
             "that cannot accept incoming e-mails.\n" % CASE_D)
    subjDr = "RE:[CASE %s] Cannot reschedule certification exam after account merge" % CASE_D

    # 045 info_request D (answer in the console)
    t = jst(3, 14, 10, 3, 22)
    body = ("Hello,\n\n"
            "Thank you for contacting AWS Training and Certification.\n\n"
            "I can see the SAP-C02 appointment and the error on the Reschedule button; it comes from a link between "
            "the appointment and the account that no longer exists after the merge. I can move the booking for you "
            "from here, but I need two things first:\n\n"
            "1) the new date you'd like (at least 24 hours from the time we change it), with a morning or afternoon "
            "preference;\n"
            "2) whether you want to stay at the Hamamatsucho test center or switch to online proctoring.\n\n"
            "Please add these to the case in the Support Center; email replies to this address are not received.\n\n"
            "Best regards,\nSofia M.\nAWS Training and Certification" + cfoot)
    emit(t, who("Amazon Web Services", CONSOLE), ME_P, subjDr, alt(body, "045"),
         L("info_request", True, CASE_D),
         "Console case: numbered questions, must be answered in the Support Center (not by email); rating line in footer.",
         mid=ses_id("045"), top=amazon_auth("045", ME_P))

    # 046 info_request C: done, but one last question about a leftover
    t = jst(3, 14, 16, 40, 51)
    g["reqC2"] = ("森崎 健太 様\n\n"
                  "お待たせいたしました。認定記録の氏名を「Kenta Morisaki」に修正いたしました。\n"
                  "認定ページの表示および証明書 PDF は、すでに新しい表記で再発行されております。\n"
                  "Credly のバッジに表示される氏名は自動的に更新されます(最大 72 時間程度)。\n\n"
                  "最後に一点だけ確認させてください。\n"
                  "3 月 22 日のご予約について、Pearson VUE 側に登録されている氏名がまだ\n"
                  "旧表記のままとなっております。試験当日は本人確認書類と氏名が一致している\n"
                  "必要があるため、こちらも同じ表記に修正してよろしいでしょうか。\n"
                  "修正を希望されるかどうか、本メールにてお知らせください。\n\n"
                  "佐伯 直樹\nAWS トレーニングと認定\n")
    g["midC46"] = emit(t, who("AWS トレーニングと認定", TC), ME_P, "RE:" + g["subjC"], alt(g["reqC2"], "046"),
                       L("info_request", True, CASE_C),
                       "Opens with '修正いたしました' (done) and automatic Credly update, then '最後に一点だけ' asks "
                       "permission for a leftover: support waits for an answer, so info_request, not resolved.",
                       mid=ses_id("046"), irt=g["midC41"], refs=[g["midC30"], g["midC38"], g["midC41"]],
                       top=amazon_auth("046", ME_P))

    # 047 user_reply C
    t = jst(3, 14, 18, 2, 0)
    own = ("佐伯様\n\n"
           "ありがとうございます。Pearson VUE 側の氏名も修正をお願いします。\n"
           "なお、試験日は別のケース(%s)で日程変更を依頼中です。\n\n森崎\n" % CASE_D)
    body = own + "\n" + gmail_attr_ja(jst(3, 14, 16, 40), "AWS トレーニングと認定", TC) + "\n\n" + quote(g["reqC2"]) + "\n"
    g["midC47"] = emit(t, who("森崎 健太", ME_P), who("AWS トレーニングと認定", TC), "Re: RE:" + g["subjC"],
                       text(body, cte="qp"),
                       L("user_reply", False, CASE_C),
                       "Owner's go-ahead; mentions the console case number D inside case C's thread.",
                       mid=gmail_id("047"), irt=g["midC46"], refs=[g["midC30"], g["midC41"], g["midC46"]], show_tz=JST)

    # 048 resolved C (short, ISO-2022-JP)
    t = jst(3, 15, 11, 20, 5)
    body = ("森崎 健太 様\n\n"
            "Pearson VUE 側のご登録氏名も「Kenta Morisaki」に更新いたしました。\n"
            "日程が変更された場合も、この氏名がそのまま引き継がれます。\n\n"
            "本件はこれにて完了とさせていただきます。ご協力ありがとうございました。\n"
            "ほかにお困りのことがございましたら、いつでもご連絡ください。\n\n"
            "佐伯 直樹\nAWS トレーニングと認定\n")
    emit(t, who("AWS トレーニングと認定", TC), ME_P, "RE:" + g["subjC"], text(body, cs="iso-2022-jp"),
         L("resolved", False, CASE_C),
         "Short Japanese completion; 'ございましたら…ご連絡ください' is a conditional invitation.",
         mid=ses_id("048"), irt=g["midC47"], refs=[g["midC30"], g["midC46"], g["midC47"]], top=amazon_auth("048", ME_P),
         subj_cs="iso-2022-jp")

    # 049 Credly: badge details updated (name)
    t = jst(3, 15, 23, 5, 12)
    body = ("Hi Kenta Morisaki,\n\n"
            "Amazon Web Services Training and Certification updated the recipient name on 2 of your badges:\n\n"
            "  - AWS Certified Solutions Architect - Associate\n"
            "  - AWS Certified Developer - Associate\n\n"
            "No action is needed. The new name already appears on your public badge pages.\n\n"
            "View your badges: https://www.credly.com/users/kenta-morisaki/badges\n\n"
            "The Credly Team\n")
    emit(t, who("Credly", "admin@credly.com"), ME_P, "Your badge details were updated", alt(body, "049"),
         L("badge"), "Automatic Credly name update promised in 046; 'No action is needed'.",
         mid=plain_id("049", "credly.com"), top=auth_gmail("credly.com", "bounces@mail.credly.com", "s1", ip="167.89.12.40"))

    # 050 closing_notice D (console, auto-resolve)
    t = jst(3, 17, 9, 15, 0)
    body = ("Hello,\n\n"
            "We haven't heard back from you on this case since our last message. Your appointment is on "
            "22 March, and changes have to be made at least 24 hours in advance, so time is short.\n\n"
            "If there is no response, this case will be resolved automatically in 3 days. To keep it open, add "
            "a reply in the Support Center with the preferred date and test center option.\n\n"
            "Best regards,\nSofia M.\nAWS Training and Certification" + cfoot)
    emit(t, who("Amazon Web Services", CONSOLE), ME_P, subjDr, text(body, cte="7bit"),
         L("closing_notice", True, CASE_D),
         "Console auto-resolve warning; the reply must go through the Support Center.",
         mid=ses_id("050"), top=amazon_auth("050", ME_P))

    # 051 resolved D (console) with exam-day advice
    t = jst(3, 18, 13, 48, 27)
    body = ("Hello Kenta,\n\n"
            "Thank you for the details you added in the Support Center.\n\n"
            "Your SAP-C02 appointment has been moved to Saturday, 29 March 2025, 13:00 JST, online proctored "
            "(OnVUE). Pearson VUE will send its own confirmation shortly. The Reschedule error came from a stale "
            "link left by the merge; it has been repaired, so you can make any future changes yourself from the "
            "Certification account.\n\n"
            "Before exam day:\n"
            "- Run the OnVUE system test on the computer and network you will use.\n"
            "- Check in up to 30 minutes early; the name on your ID must read Kenta Morisaki, as it now does on "
            "the booking.\n\n"
            "We're marking this case as resolved. Good luck on the exam!\n\n"
            "Best regards,\nSofia M.\nAWS Training and Certification" + cfoot)
    emit(t, who("Amazon Web Services", CONSOLE), ME_P, subjDr, alt(body, "051"),
         L("resolved", False, CASE_D),
         "Console completion with exam-day checklist and a 'to respond… sign in' footer plus rating line.",
         mid=ses_id("051"), top=amazon_auth("051", ME_P))

    # 052 Pearson VUE reschedule confirmation
    t = jst(3, 18, 14, 2, 9)
    body = ("Dear Kenta Morisaki,\n\n"
            "Your exam appointment has been rescheduled.\n\n"
            "Exam: SAP-C02: AWS Certified Solutions Architect - Professional\n"
            "Registration ID: 482910736\n"
            "New date and time: Saturday, March 29, 2025 at 1:00 PM Japan Standard Time\n"
            "Delivery: OnVUE online proctored\n\n"
            "Please complete the system test before your exam. Fees for changes within 24 hours are not refundable.\n\n"
            "Pearson VUE\n")
    emit(t, who("Pearson VUE", "pearsonvuecustomerservice@pearson.com"), ME_P,
         "Confirmation of your rescheduled AWS Certification exam", alt(body, "052"),
         L("unrelated"), "Exam vendor confirmation that follows the console resolution; 'please complete the system test' "
         "is vendor advice.", mid=plain_id("052", "pearson.com"),
         top=auth_gmail("pearson.com", "noreply@pearson.com", "pvue", ip="13.111.4.50"))

    # 053 Credly badge from another issuer
    t = jst(3, 20, 8, 44, 2)
    htm = ('<html><body style="font-family:Helvetica,Arial"><h2>You earned a badge!</h2>'
           '<p>HashiCorp has issued you the <b>HashiCorp Certified: Terraform Associate (003)</b> badge.</p>'
           '<p><a href="https://www.credly.com/badges/0d9e1f77-2ab4-4c51-8e0a-6f2d31b7c9aa/accept">Accept badge</a></p>'
           '<p style="font-size:11px;color:#999">Credly, Inc.</p></body></html>')
    emit(t, who("Credly", "admin@credly.com"), ME_P, "HashiCorp sent you a new badge", text(htm, "html"),
         L("badge"), "Credly badge from a non-AWS issuer: still badge mail.",
         mid=plain_id("053", "credly.com"), top=auth_gmail("credly.com", "bounces@mail.credly.com", "s1", ip="167.89.12.40"))

    # 054 suspicious Credly lookalike
    t = jst(3, 21, 3, 12, 55)
    body = ("Dear badge earner,\n\n"
            "Because your AWS Certification accounts were combined, the AWS badges issued to you must be "
            "re-confirmed within 72 hours. Unconfirmed badges are revoked and cannot be restored.\n\n"
            "Confirm now by signing in with your Amazon or Builder ID password:\n"
            "http://credly-badge-center.com/confirm/aws\n\n"
            "Credly Trust & Safety\n")
    emit(t, who("Credly", "notifications@credly-badge-center.com"), ME_P,
         "Action needed: your AWS badges will be revoked", text(body, cte="7bit"),
         L("suspicious"), "Credly lookalike domain exploiting the merge; asks for the Builder ID password.",
         mid=plain_id("054", "credly-badge-center.com"),
         top=auth_gmail("credly-badge-center.com", "mail@credly-badge-center.com", "k1", spf="neutral", dmarc="none",
                        ip="91.215.85.14"))
    return g


def part5(g):
    # 055 AWS Educate form case (other program)
    t = jst(3, 24, 10, 30, 44)
    body = ("Hello Kenta,\n\n"
            "I've updated the email address on your AWS Educate learner profile to %s as requested, and your "
            "earned Educate badges are still attached to the profile. You can sign in with the new address straight "
            "away.\n\n"
            "This request is complete, so I'll close the case. If you need anything else with AWS Educate, simply "
            "reply.\n\n"
            "Thanks,\nJordan\nAWS Educate Support\n" % ME_P)
    emit(t, who("AWS Educate Support", "aws-cs-educate-form@amazon.com"), ME_P,
         "RE:[CASE 174230911840552] [AWS Educate Form Submission] - account", alt(body, "055"),
         L("unrelated"), "Same form-case machinery and a completion, but for AWS Educate, not Training and "
         "Certification; case left null.", mid=ses_id("055"), top=amazon_auth("055", ME_P))

    # 056 certification: exam result
    t = jst(3, 31, 6, 2, 18)
    htm = ('<html><body style="font-family:Arial;font-size:14px"><p>Dear Kenta Morisaki,</p>'
           '<p><b>Congratulations!</b> You have successfully completed the AWS Certified Solutions Architect - '
           'Professional exam and are now AWS Certified.</p>'
           '<table cellpadding="4"><tr><td>Candidate ID</td><td>%s</td></tr>'
           '<tr><td>Exam date</td><td>29 March 2025</td></tr>'
           '<tr><td>Validation number</td><td>QX7B2LM4K1E12R9S</td></tr></table>'
           '<p>Your score report is in the Exam History section of your AWS Certification account. Your digital '
           'badge will be issued by Credly within five business days, and a new 50%% discount for a future exam '
           'has been added under Benefits.</p><p>AWS Certification</p></body></html>' % CID_P)
    emit(t, who("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "Congratulations, you are AWS Certified!", text(htm, "html", cte="b64"),
         L("certification", False, None, [CID_P]),
         "Exam result with a validation number and a new benefit; no case.",
         mid=plain_id("056", "certmetrics.com"), top=auth_gmail("certmetrics.com", "bounce@certmetrics.com", "cm1", ip="52.5.11.90"))

    # 057 badge SAP
    t = jst(4, 1, 9, 10, 3)
    body = ("Congratulations, Kenta!\n\n"
            "Amazon Web Services Training and Certification has issued you the AWS Certified Solutions Architect - "
            "Professional badge.\n\nAccept it here: https://www.credly.com/badges/4f0b2c18-77d1-4e33-a3b0-19c6fe22d801/accept\n\n"
            "Credly\n")
    emit(t, who("Credly", "admin@credly.com"), ME_P,
         "You've earned a badge from Amazon Web Services Training and Certification", alt(body, "057"),
         L("badge"), "Credly badge for the new certification.",
         mid=plain_id("057", "credly.com"), top=auth_gmail("credly.com", "bounces@mail.credly.com", "s1", ip="167.89.12.40"))

    # 058 certification: program feedback survey (not a support case survey)
    t = jst(4, 2, 7, 0, 0)
    body = ("Hello Kenta,\n\n"
            "AWS Certification wants to hear from you. You recently sat the AWS Certified Solutions Architect - "
            "Professional exam, and we'd value ten minutes of your time to tell us about the exam content and your "
            "testing experience.\n\n"
            "Take the survey: https://certmetrics.com/amazon/survey/exam-experience\n\n"
            "The survey closes on 30 April 2025. Responses are anonymous and used only to improve the program.\n\n"
            "AWS Certification\n")
    emit(t, who("AWS Certification", "do-not-reply@certmetrics.com"), ME_P,
         "AWS Certification wants to hear from you", text(body, cte="qp"),
         L("certification"), "Certification-program feedback survey about the exam, not about a support case: "
                             "labelled certification, not survey.",
         mid=plain_id("058", "certmetrics.com"), top=auth_gmail("certmetrics.com", "bounce@certmetrics.com", "cm1", ip="52.5.11.90"))

    # 059 acknowledgement E
    t = jst(4, 3, 10, 42, 49)
    subjE = "[CASE %s] %s" % (CASE_E, SUBJ_FORM)
    subjEr = "RE: [CASE %s] %s" % (CASE_E, SUBJ_FORM)
    body = ("Thank you for contacting AWS Training and Certification.\n\n"
            "Case ID: %s\n\n"
            "Submitted details\n"
            "-----------------\n"
            "Inquiry type: Certification\n"
            "Additional details: Exam History\n"
            "AWS Candidate ID: %s\n"
            "Message: My AWS Certified Cloud Practitioner exam from 2019 is missing from my exam history. I took it "
            "with my university email (k.morisaki@st.kaiyo-u.ac.jp); I think the candidate ID was %s.\n\n"
            "We aim to reply within 24 hours. Please keep this case number for reference and avoid submitting "
            "the same request again.\n\n"
            "AWS Training and Certification\n" % (CASE_E, CID_P, CID_X))
    g["midE59"] = emit(t, who(TCN, TC), ME_P, subjE, text(body, cte="7bit"),
                       L("acknowledgement", False, CASE_E, [CID_P, CID_X]),
                       "Ack for case E; echo holds two candidate IDs (one of them a typo).",
                       mid=ses_id("059"), top=amazon_auth("059", ME_P), crlf=True)

    # 060 info_request E (mentions an old 10-digit case)
    t = jst(4, 4, 9, 55, 31)
    g["reqE"] = ("Hi Kenta,\n\n"
                 "I looked up %s, but that record belongs to a different candidate, so I can't connect it to you. "
                 "A search on k.morisaki@st.kaiyo-u.ac.jp found nothing either, although there is a 2020 case with us "
                 "(case 7215530981, about a Pearson VUE sign-in) that suggests an account existed under a similar "
                 "address.\n\n"
                 "Would you double-check the candidate ID on your 2019 score report or certificate? If you can't find "
                 "it, the exam date and the test center city are enough for me to search the delivery records "
                 "instead.\n\n"
                 "Kind regards,\nDaniel\nAWS Training and Certification\n" % CID_X)
    g["midE60"] = emit(t, who(TCN, TC), ME_P, subjEr, alt(g["reqE"], "060", cte="b64"),
                       L("info_request", True, CASE_E, [CID_X]),
                       "Request phrased 'Would you double-check…' with an alternative; an old 10-digit case number "
                       "appears in running text but the mail belongs to case E.",
                       mid=ses_id("060"), irt=g["midE59"], refs=[g["midE59"]], top=amazon_auth("060", ME_P))

    # 061 acknowledgement F (HTML only)
    t = jst(4, 4, 11, 3, 40)
    subjF = "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F
    htm = ('<html><body><table width="100%%" style="font-family:Arial;font-size:13px"><tr><td>'
           '<p>Hello Kenta,</p><p>We received your request and created case <b>%s</b>.</p>'
           '<p><i>Your message:</i> "I passed SAP-C02 on 29 March and got the congratulations email, but the score '
           'report is not shown in Exam History. Candidate ID %s."</p>'
           '<p>Our team will be in touch, typically within one business day.</p>'
           '<p>AWS Training and Certification</p></td></tr></table></body></html>' % (CASE_F, CID_P))
    g["midF"] = emit(t, who(TCN, TC), ME_P, subjF, text(htm, "html", cte="qp"),
                     L("acknowledgement", False, CASE_F, [CID_P]),
                     "HTML-only ack for case F (missing score report), arriving in the middle of case E; "
                     "quotes the owner's form text in italics.",
                     mid=ses_id("065"), top=amazon_auth("065", ME_P))

    # 061 user_reply E
    t = jst(4, 4, 12, 30, 7)
    own = ("Hi Daniel,\n\nSorry, my typo: it's %s. The exam was on 14 November 2019 at the Tokyo Yaesu test "
           "center.\n\nKenta\n" % CID_U)
    body = own + "\n" + gmail_attr(jst(4, 4, 9, 55), TCN, TC) + "\n\n" + quote(g["reqE"]) + "\n"
    g["midE61"] = emit(t, who(ME_NAME, ME_P), who(TCN, TC), subjEr, alt(body, "061"),
                       L("user_reply", False, CASE_E, [CID_U]),
                       "Owner corrects the candidate ID; the wrong one is only in the quote.",
                       mid=gmail_id("061"), irt=g["midE60"], refs=[g["midE59"], g["midE60"]], show_tz=JST)

    # 062 confirmation_request E
    t = jst(4, 4, 17, 5, 12)
    g["confE"] = ("Hi Kenta,\n\n"
                  "Found it. %s was registered under kmorisaki@st.kaiyo-u.ac.jp (no dot), which is why my first "
                  "search missed it. It holds the Cloud Practitioner exam of 14 November 2019.\n\n"
                  "  Account to keep:   %s  (%s)\n"
                  "  Account to merge:  %s  (kmorisaki@st.kaiyo-u.ac.jp)\n\n"
                  "Can you confirm both accounts are yours and that I should merge the university one into your "
                  "current account? Once I have your OK I'll go ahead.\n\n"
                  "Daniel\nAWS Training and Certification\n" % (CID_U, CID_P, ME_P, CID_U))
    g["midE62"] = emit(t, who(TCN, TC), ME_P, subjEr, text(g["confE"], cte="qp"),
                       L("confirmation_request", True, CASE_E, [CID_U, CID_P]),
                       "Merge confirmation in a second case, laid out as keep/merge lines instead of Account #1/#2.",
                       mid=ses_id("062"), irt=g["midE61"], refs=[g["midE59"], g["midE60"], g["midE61"]],
                       top=amazon_auth("062", ME_P))

    # 063 user_reply E
    t = jst(4, 4, 18, 20, 40)
    body = ("Yes, both are mine. Please merge the university account into %s.\n\nThanks,\nKenta\n\n" % CID_P +
            gmail_attr(jst(4, 4, 17, 5), TCN, TC) + "\n\n" + quote(g["confE"]) + "\n")
    g["midE63"] = emit(t, who(ME_NAME, ME_P), who(TCN, TC), subjEr, text(body, cte="qp"),
                       L("user_reply", False, CASE_E, [CID_P]),
                       "One-line go-ahead from the owner.",
                       mid=gmail_id("063"), irt=g["midE62"], refs=[g["midE59"], g["midE61"], g["midE62"]], show_tz=JST)
    return g


def part6(g):
    subjEr = "RE: [CASE %s] %s" % (CASE_E, SUBJ_FORM)
    # 064 info_request E: work done, but a check must be reported back before closing
    t = jst(4, 7, 10, 12, 3)
    g["reqE2"] = ("Hi Kenta,\n\n"
                  "The merge is done: the Cloud Practitioner result from 14 November 2019 now sits in your record "
                  "%s, and the university account %s has been closed.\n\n"
                  "CLF-C01 from 2019 expired long ago, so it will appear under Exam History rather than under "
                  "active certifications. That is expected and no badge will be issued for it.\n\n"
                  "Before I close the case, kindly sign in and check that the 14 November 2019 exam is now listed in "
                  "your Exam History, then reply to let me know you can see it. The history view is refreshed "
                  "overnight, so it should be there by tomorrow morning at the latest.\n\n"
                  "Daniel\nAWS Training and Certification\n" % (CID_P, CID_U))
    g["midE64"] = emit(t, who(TCN, TC), ME_P, subjEr, alt(g["reqE2"], "064"),
                       L("info_request", True, CASE_E, [CID_P, CID_U]),
                       "Completion news followed by 'kindly … reply to let me know you can see it': a check to be "
                       "reported back before closing, so info_request (contrast 018).",
                       mid=ses_id("064"), irt=g["midE63"], refs=[g["midE59"], g["midE62"], g["midE63"]],
                       top=amazon_auth("064", ME_P))

    return g


def part6b(g):
    midF = g["midF"]

    # 066 user_reply E
    subjEr = "RE: [CASE %s] %s" % (CASE_E, SUBJ_FORM)
    t = jst(4, 8, 8, 31, 19)
    body = ("Hi Daniel, yes, I can see it in Exam History now. Thanks a lot for digging it out!\n\nKenta\n\n" +
            gmail_attr(jst(4, 7, 10, 12), TCN, TC) + "\n\n" + quote(g["reqE2"]) + "\n")
    g["midE66"] = emit(t, who(ME_NAME, ME_P), who(TCN, TC), subjEr, alt(body, "066"),
                       L("user_reply", False, CASE_E),
                       "Owner reports the check back; IDs only in the quote.",
                       mid=gmail_id("066"), irt=g["midE64"], refs=[g["midE59"], g["midE63"], g["midE64"]], show_tz=JST)

    # 067 resolved F (plain, very short)
    t = jst(4, 8, 9, 2, 0)
    body = ("Hi Kenta,\n\n"
            "Your SAP-C02 score report is showing in Exam History now; a display sync had stalled after your "
            "recent account changes and we re-ran it. No further action is required on your part.\n\n"
            "Regards,\nNoor\nAWS Training and Certification\n")
    emit(t, who(TCN, TC), ME_P, "RE:" + subjF_plain(), text(body, cte="7bit"),
         L("resolved", False, CASE_F),
         "Plain completion in three lines: 'No further action is required'.",
         mid=ses_id("067"), irt=midF, refs=[midF], top=amazon_auth("067", ME_P))

    # 068 resolved E (closed, reopen window)
    t = jst(4, 8, 10, 15, 44)
    body = ("Hi Kenta,\n\n"
            "Great, thank you for checking. I'm closing case %s now.\n\n"
            "Should you need us again about this, a reply within 14 days reopens the case; after that, please "
            "send a new request through the Contact Us form.\n\n"
            "Good luck with whatever you take on next!\n\n"
            "Daniel\nAWS Training and Certification\n" % CASE_E)
    emit(t, who(TCN, TC), ME_P, subjEr, text(body, cte="qp"),
         L("resolved", False, CASE_E),
         "'I'm closing case…' after the owner confirmed: a completion, not a closing notice (nothing is awaited).",
         mid=ses_id("068"), irt=g["midE66"], refs=[g["midE59"], g["midE64"], g["midE66"]], top=amazon_auth("068", ME_P))

    # 069 survey E (Japanese)
    t = jst(4, 9, 9, 0, 0)
    body = ("森崎 健太 様\n\n"
            "先日は AWS トレーニングと認定サポートをご利用いただき、ありがとうございました。\n"
            "ケース %s の対応について、簡単なアンケートにご協力をお願いいたします(所要時間 約 1 分)。\n\n"
            "https://survey.aws-training.amazon.com/ja/r?c=%s\n\n"
            "回答は任意です。このメールにご返信いただいてもお答えできませんのでご了承ください。\n\n"
            "AWS トレーニングと認定\n" % (CASE_E, CASE_E))
    emit(t, who("AWS トレーニングと認定 フィードバック", "tc-feedback@amazon.com"), ME_P,
         "サポート対応に関するアンケートのお願い(ケース %s)" % CASE_E, text(body, cs="utf-8", cte="b64"),
         L("survey", False, CASE_E), "Japanese satisfaction survey for case E; 'ご協力をお願いいたします' is not a case request.",
         mid=ses_id("069"), top=amazon_auth("069", ME_P))
    return g


def subjF_plain():
    return "[CASE %s] [AWS Training and Certification Form Submission] - certification" % CASE_F


README_HEAD = """me: %(p)s %(c)s

How the line was drawn between resolved, case_update and a request. The test is the owner's question
"must I write back now?", then "is the thing I asked for done?". A message is `resolved` when support
says the requested work is finished, even if it goes on to tell the owner what to look at (exam
history, benefits, new certificate PDFs), how to book the next exam, or which automatic steps will
still follow on their own (Credly re-issue, partner-profile sync, overnight refresh, Pearson VUE
confirmation); such advice is addressed to the owner but nobody at support is waiting for an answer,
and "if anything looks off, reply" / 「ございましたら」 is a conditional invitation. It is a
`case_update` when the work itself is not finished and support asks nothing: the merge is queued for
an automated job with a completion mail still to come, the question was transferred to another team,
a hold was lifted, a duplicate was closed. It becomes a request (`info_request`, or
`confirmation_request` when it asks for the go-ahead on a merge) as soon as support waits for the
owner's answer, even inside a mail that begins by announcing completion: "one last point — may we
also correct the Pearson VUE name?", "kindly check your Exam History and reply to let me know you can
see it before I close", "did you use the discount? if yes send the number, if not just say so" (both
branches need a reply). A check the owner is merely advised to do is not a request; a check he must
report back is.

## Mailbox and cases

The owner, Kenta Morisaki, is leaving Hoshizora Systems (an APN partner) on 28 Feb 2025. The mailbox
holds mail for both addresses; the company address stops accepting mail after that day (see the
bounce). Dates run 17 Feb - 9 Apr 2025.

| case | channel | topic | course |
|---|---|---|---|
| %(A)s | T&C form, 15 digits | merge company account into personal | ack, APN hold with a buried question, hold lifted, confirmation, merge queued, merged (with after-work advice), reopened for a missing 50%% discount, benefits-team question, discount reissued, survey |
| %(B)s | T&C form, 15 digits | accidental second form (from company address) | Japanese ack, owner asks to close it, closed as duplicate of A |
| %(C)s | T&C form, 15 digits, Japanese agent | name on certificate misspelt | Japanese ack, keigo request, closing notice, answer, progress, "done + one last question", go-ahead, done; Credly name update |
| %(D)s | Support Center console, 11 digits | exam cannot be rescheduled after the merge | console ack, request to answer in the console, auto-resolve warning, resolved (answers were given in the console, so no owner mail) |
| %(E)s | T&C form, 15 digits | 2019 exam missing (third, university account) | ack, request (typo candidate ID; mentions a 2020 case 7215530981), answer, merge confirmation, go-ahead, "done, please check and report back", owner reports, closed, Japanese survey |
| %(F)s | T&C form, 15 digits | score report not visible | HTML ack, three-line completion |

Other numbers that are not case IDs: 12-digit AWS account ID 381920457716, Pearson VUE registration
482910736, the Builder ID code 482913, the quota console case 12871150276 (AWS Support, but not
Training and Certification), the AWS Educate case 174230911840552, the Atlassian key JST-104821.
Candidate IDs: %(cp)s (personal, kept), %(cc)s (company), %(cu)s (university), %(cx)s (owner's typo).

## Labelling decisions for judgement calls

- `case` is set only for mail on an AWS Training and Certification case (form or console), including
  the owner's own replies and forwards about it. Other programs' and other services' cases (AWS Educate,
  EC2 quota console case, Atlassian), colleagues' mail and phishing get null, even when the phishing
  copies the real subject `[CASE %(A)s]` (036).
- `candidate_ids`: each ID once, in order of first appearance, counting only text the sender wrote
  in this message. The form echo in an acknowledgement counts as the acknowledgement's own text (it is
  not reply quoting); IDs that appear only below "On … wrote:", "-----Original Message-----",
  "Forwarded message" or in `>` lines are left out.
- A mail that starts with "done" but then waits for an answer is a request (C: "最後に一点だけ";
  E: "kindly … reply to let me know"); a mail that says "closing case N now" after the owner confirmed
  is `resolved`, not `closing_notice` (nothing is awaited); "will be resolved automatically in 3 days
  unless you respond" is `closing_notice`.
- The APN hold (007) is `on_hold` and needs a reply because it ends with a direct question. The later
  "passed to the Partner team, nothing needed" (010) is `case_update`.
- "Merge submitted, runs automatically within 24 hours, I'll write when done" (017) is `case_update`;
  "the merge has run … Credly will re-issue badges by itself" (018) is `resolved`.
- The reopened-case receipt (028) is `acknowledgement`.
- Console messages that must be answered in the Support Center still need a reply (045, 050).
- CertMetrics' "AWS Certification wants to hear from you" is program mail about an exam, not a
  support-case survey: `certification`. Credly mail from a non-AWS issuer is still `badge`.
- The Skill Builder receipt from no-reply@aws.training carries the display name "AWS Training and
  Certification" but is a receipt: `unrelated`.
- Colleague mail with requests (farewell-party poll, manager) never needs a reply in this sense.

## Messages

| # | kind | reply? | case | what it is / what makes it hard |
|---|---|---|---|---|
"""


def write_readme():
    head = README_HEAD % {"p": ME_P, "c": ME_C, "A": CASE_A, "B": CASE_B, "C": CASE_C, "D": CASE_D,
                          "E": CASE_E, "F": CASE_F, "cp": CID_P, "cc": CID_C, "cu": CID_U, "cx": CID_X}
    rows = ["| %03d | %s | %s | %s | %s |" % (n, k, "yes" if r else "no", c or "-", note.replace("|", "/"))
            for n, k, r, c, note in RECORDS]
    cnt = Counter(k for _, k, _, _, _ in RECORDS)
    tail = ("\n\nCounts: " + ", ".join("%s %d" % (k, v) for k, v in sorted(cnt.items())) +
            "; %d messages, %d need a reply.\n" % (len(RECORDS), sum(1 for r in RECORDS if r[2])) +
            "\nRegenerate with `python3 gen.py` (standard library only; files are written next to the script).\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(head + "\n".join(rows) + tail)


def main():
    for name in os.listdir(OUT):
        if name.endswith("-msg.eml") or name.endswith("-msg.json"):
            os.remove(os.path.join(OUT, name))
    g = part1()
    g = part2(g)
    g = part3(g)
    g = part4(g)
    g = part5(g)
    g = part6(g)
    g = part6b(g)
    write_readme()
    cnt = Counter(k for _, k, _, _, _ in RECORDS)
    for k in sorted(cnt):
        print("%-22s %d" % (k, cnt[k]))
    print("total %d, needs_reply %d" % (len(RECORDS), sum(1 for r in RECORDS if r[2])))


if __name__ == "__main__":
    main()
